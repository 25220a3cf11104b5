import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";

test("the audit log shows admins what changed, filters it, and is closed to managers", async ({ page, browser }) => {
  await signIn(page, "admin@acme.test", "tally-demo-2026");
  await expect(page).toHaveURL(/\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Audit log" }).click();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(table.getByRole("row").filter({ hasText: "Role changed" }).first()).toBeVisible();
  // Sign-ins belong to each person's own security log, not to the organization's audit log.
  await expect(table.getByRole("row").filter({ hasText: "Signed in" })).toHaveCount(0);

  await page.getByLabel("Event").selectOption({ label: "Role changed" });
  await expect(page).toHaveURL(/action=member.role_changed/);
  await expect(table.getByRole("row").filter({ hasText: "role: viewer → manager" })).toBeVisible();
  await expect(table.locator("tbody tr").filter({ hasNotText: "Role changed" })).toHaveCount(0);

  await page.goto("/acme/audit?from=2026-02-10&to=2026-02-01");
  await expect(page.getByRole("alert").filter({ hasText: "The end date must not be before the start date." })).toBeVisible();

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager@acme.test", "tally-demo-2026");
  await expect(manager).toHaveURL(/\/acme\/my$/);
  await expect(manager.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const response = await manager.goto("/acme/audit");
  expect(response?.status()).toBe(404);
  await manager.context().close();
});
