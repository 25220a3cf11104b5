import { expect, type Browser, type Page } from "@playwright/test";
import { PASSWORD } from "./flows";
import { waitForMail } from "./mailbox";
import { expectFocusKept, expectToast } from "./toasts";

export interface Invitee {
  email: string;
  role: "Admin" | "Executive" | "Manager" | "HR" | "Project lead" | "Viewer";
  name: string;
}

/** Fills the invitation dialog of the members page with one row per person and sends it. */
export async function invite(page: Page, orgSlug: string, invitees: Invitee[]): Promise<void> {
  await page.goto(`/${orgSlug}/members`);
  await page.getByRole("button", { name: "Invite people" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite people" });
  for (const [index, invitee] of invitees.entries()) {
    if (index > 0) await dialog.getByRole("button", { name: "Add another person" }).click();
    await dialog.getByLabel(`Email ${index + 1}`).fill(invitee.email);
    await dialog.getByLabel(`Role ${index + 1}`).selectOption({ label: invitee.role });
  }
  await dialog.getByRole("button", { name: /^Send/ }).click();
  await expectToast(page, `${invitees.length} invitation`);
  await expect(dialog).toBeHidden();
  await expectFocusKept(page);
}

/** Opens the invitation mail's link in a fresh browser context and creates the account through it. */
export async function acceptAsNewPerson(browser: Browser, invitee: Invitee, orgName: string): Promise<Page> {
  const mail = await waitForMail(invitee.email, /invited you/);
  const link = mail.links.find((candidate) => candidate.includes("/invite/"));
  expect(link, "the invitation mail carries a link").toBeTruthy();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: `Join ${orgName} on Tally` })).toBeVisible();
  await page.getByLabel("Your name").fill(invitee.name);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: `Create account and join ${orgName}` }).click();
  await expect(page.getByRole("navigation", { name: "Organization" })).toBeVisible();
  return page;
}

export function inviteeFor(role: Invitee["role"], tag: string): Invitee {
  const slug = role.toLowerCase().replace(/\s+/g, "-");
  return { role, email: `${slug}-${tag}@people.test`, name: `${role} ${tag}` };
}

/** An existing account accepts an invitation from the mail: sign in from the invitation page, then join. */
export async function acceptAsExistingAccount(browser: Browser, email: string, password: string, orgName: string): Promise<Page> {
  const mail = await waitForMail(email, /invited you/);
  const link = mail.links.find((candidate) => candidate.includes("/invite/"));
  expect(link, "the invitation mail carries a link").toBeTruthy();
  const page = await (await browser.newContext()).newPage();
  await page.goto(link!);
  await page.getByRole("link", { name: `Sign in as ${email} to accept` }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: `Join ${orgName}` }).click();
  await expect(page.getByRole("navigation", { name: "Organization" })).toBeVisible();
  return page;
}
