import { expect, test } from "@playwright/test";
import { newFounder, PASSWORD, signIn, signOut, signUp } from "./support/flows";
import { waitForMail } from "./support/mailbox";

test("a forgotten password is reset from the mailed link, once", async ({ page }) => {
  const founder = newFounder("Reset");
  await signUp(page, founder);
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: wait until the new page is there before typing.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(founder.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `If ${founder.email} has a Tally account` })).toBeVisible();

  const mail = await waitForMail(founder.email, /Reset your Tally password/);
  const link = mail.links.find((candidate) => candidate.includes("/reset-password/"))!;
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByLabel("New password")).toHaveAccessibleDescription("Use at least 8 characters.");
  await page.getByLabel("New password").fill("a completely new passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This reset link has already been used" })).toBeVisible();

  await signIn(page, founder.email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await signIn(page, founder.email, "a completely new passphrase");
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}$`));
});

test("asking for a reset of an unknown address answers the same", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody-at-all@unknown.test");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If nobody-at-all@unknown.test has a Tally account" })).toBeVisible();
});
