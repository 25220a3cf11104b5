import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";

test("shots", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "admin@acme.test", "tally-demo-2026");
  await expect(page).toHaveURL(/\/acme$/);
  await page.goto("/acme/kpis?search=Revenue");
  const href = await page.getByRole("link", { name: "Revenue", exact: true }).getAttribute("href");
  await page.goto(href!);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: "/tmp/shot-kpi.png" });
  await page.goto(href! + "/edit");
  await page.waitForTimeout(1000);
  await page.screenshot({ path: "/tmp/shot-edit.png", fullPage: true });
});
