import { expect, test } from "@playwright/test";
import { newFounder, PASSWORD, signIn, signUp } from "./support/flows";
import { acceptAsExistingAccount, invite, inviteeFor } from "./support/members";
import { expectFocusKept, expectToast } from "./support/toasts";

test("a member renames themselves, changes their password (other devices are signed out) and leaves an organization", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const founder = newFounder("Account");
  await signUp(page, founder);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, founder.email, PASSWORD);
  await expect(other).toHaveURL(new RegExp(`/${founder.slug}$`));

  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Your name").fill("Ada Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expectToast(page, "Name saved.");
  await expect(page.getByRole("button", { name: "Save name" })).toBeFocused();

  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password").fill("another calm passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expectToast(page, "Password changed.");
  await expectFocusKept(page);
  await page.reload();
  const securityLog = page.getByRole("table", { name: "Recent sign-ins and security events, newest first" });
  await expect(securityLog.getByRole("row").filter({ hasText: "Password changed" })).toBeVisible();
  await expect(securityLog.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();

  await other.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "KPIs", exact: true }).click();
  await expect(other).toHaveURL(/\/sign-in/);
  await other.context().close();

  // Someone else's organization, joined by invitation, can be left; the founder's own (last admin) cannot.
  const host = newFounder("Host");
  const hostContext = await browser.newContext();
  const hostPage = await hostContext.newPage();
  await signUp(hostPage, host);
  const guest = { ...inviteeFor("Viewer", host.slug.split("-").pop()!), email: founder.email };
  await invite(hostPage, host.slug, [guest]);
  await hostContext.close();

  const mailLinkPage = await acceptAsExistingAccount(browser, guest.email, "another calm passphrase", host.orgName);
  await mailLinkPage.context().close();
  await page.reload();
  const leaveHost = page.getByRole("listitem").filter({ hasText: host.orgName }).getByRole("button", { name: "Leave" });
  await leaveHost.click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave organization" }).click();
  await expectToast(page, `You left ${host.orgName}.`);
  // The toast is a list item too: look for the organization in the page's own list.
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: host.orgName })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Organizations" })).toBeFocused();

  await page.getByRole("listitem").filter({ hasText: founder.orgName }).getByRole("button", { name: "Leave" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave organization" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "last active admin" })).toBeVisible();
});
