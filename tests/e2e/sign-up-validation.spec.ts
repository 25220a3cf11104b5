import { expect, test } from "@playwright/test";
import { countRows } from "./support/database";
import { fillSignUp, newFounder, signUp } from "./support/flows";

test("bad sign-up input shows errors beside the fields and creates nothing", async ({ page, browser }) => {
  const existing = newFounder("Taken");
  const other = await browser.newContext();
  await signUp(await other.newPage(), existing);
  await other.close();

  const founder = { ...newFounder("Gamma"), slug: existing.slug, password: "short", email: "not-an-email" };
  await fillSignUp(page, founder);
  await page.getByRole("button", { name: "Create organization" }).click();

  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Use at least 8 characters.");
  await expect(page.getByLabel("Work email")).toHaveAccessibleDescription("Enter a valid email address.");

  // Once the form is valid the server answers for the taken address, next to the address field.
  await page.getByLabel("Password").fill("a perfectly fine passphrase");
  await page.getByLabel("Work email").fill(`gamma-${Date.now()}@gamma.test`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByLabel("Address")).toHaveAccessibleDescription("This address is already taken. Try another one.");
  await expect(page).toHaveURL(/\/sign-up$/);

  expect(await countRows("SELECT count(*) FROM \"Organization\" WHERE name = $1", [founder.orgName])).toBe(0);
  expect(await countRows("SELECT count(*) FROM \"User\" WHERE email LIKE 'gamma-%'")).toBe(0);
});

test("a common password is refused beside the password field", async ({ page }) => {
  const founder = { ...newFounder("Delta"), password: "password123" };
  await fillSignUp(page, founder);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/too common/);
  expect(await countRows("SELECT count(*) FROM \"User\" WHERE email = $1", [founder.email])).toBe(0);
});

test("the address is suggested from the organization name and checked while typing", async ({ page, browser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Organization name").fill("Café Économie & Co");
  await expect(page.getByLabel("Address")).toHaveValue("cafe-economie-co");

  const existing = newFounder("Busy");
  const other = await browser.newContext();
  await signUp(await other.newPage(), existing);
  await other.close();
  await page.getByLabel("Address").fill(existing.slug);
  await expect(page.getByLabel("Address")).toHaveAccessibleDescription("This address is already taken. Try another one.");
});
