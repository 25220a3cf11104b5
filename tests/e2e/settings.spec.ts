import { expect, test } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";
import { expectFocusKept, expectToast } from "./support/toasts";

test("an admin renames the organization and the shell shows the new name", async ({ page }) => {
  const founder = newFounder("Rename");
  await signUp(page, founder);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  const name = page.getByLabel("Organization name");
  await name.fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(name).toHaveAccessibleDescription("Use at least 2 characters.");

  await name.fill("Renamed Holdings");
  await name.press("Enter");
  await expectToast(page, "Settings saved.");
  await expectFocusKept(page);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Renamed Holdings" })).toBeVisible();
});

test("a signed-in user starts a second organization and switches between them", async ({ page }) => {
  const founder = newFounder("Switch");
  await signUp(page, founder);
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: "Create organization" }).click();
  await page.getByLabel("Organization name").fill(`${founder.orgName} Two`);
  await expect(page.getByLabel("Address")).toHaveValue(`${founder.slug}-two`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}-two$`));

  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: founder.orgName, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: founder.orgName })).toBeVisible();
});
