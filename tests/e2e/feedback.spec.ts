import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";

const DEMO_PASSWORD = "tally-demo-2026";

test("a missing KPI inside an organization keeps the navigation and names itself in the title", async ({ page }) => {
  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  const response = await page.goto("/acme/kpis/no-such-kpi");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found/);
  await expect(page.getByRole("navigation", { name: "Organization" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL(/\/acme$/);
});

test("an unknown address outside any organization has its own title and a way back", async ({ page }) => {
  const response = await page.goto("/no/such/page/here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found/);
});
