import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";

test("an executive creates an objective, corrects it, and sees the health of its KPIs; a viewer only reads", async ({ page, browser }) => {
  await signIn(page, "executive@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Objectives" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Objectives" })).toBeVisible();

  const revenue = page.getByRole("listitem", { name: "Grow recurring revenue 20% this year" });
  await expect(revenue.getByRole("img", { name: /KPI health:/ })).toBeVisible();
  await expect(revenue.getByRole("link", { name: /See its \d+ KPIs/ })).toBeVisible();

  const name = `Open a second office ${Date.now()}`;
  await page.getByRole("button", { name: "New objective" }).click();
  const dialog = page.getByRole("dialog", { name: "New objective" });
  await dialog.getByRole("button", { name: "Create objective" }).click();
  await expect(dialog.getByLabel("Objective")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Objective").fill(name);
  await dialog.getByLabel("Due date (optional)").fill("2027-06-30");
  await dialog.getByRole("button", { name: "Create objective" }).click();
  await expectToast(page, `Objective “${name}” created.`);
  await expect(page.getByRole("button", { name: "New objective" })).toBeFocused();
  const created = page.getByRole("listitem", { name });
  await expect(created).toContainText("No KPIs to judge it by yet.");
  await expect(created).toContainText("Jun 30, 2027");

  await created.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("dialog", { name: "Edit objective" });
  await edit.getByLabel("Due date (optional)").fill("2027-09-30");
  await edit.getByRole("button", { name: "Save objective" }).click();
  await expect(page.getByRole("listitem", { name })).toContainText("Sep 30, 2027");
  await expectToast(page, `Objective “${name}” saved.`);
  await expect(created.getByRole("button", { name: `Edit ${name}` })).toBeFocused();

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, "viewer@acme.test", DEMO_PASSWORD);
  await expect(viewer).toHaveURL(/\/acme$/);
  await viewer.goto("/acme/objectives");
  await expect(viewer.getByRole("listitem", { name })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "New objective" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: `Edit ${name}` })).toHaveCount(0);
  await viewer.context().close();
});
