import { expect, test } from "@playwright/test";
import { runSql } from "./support/database";
import { newFounder, signUp } from "./support/flows";
import { waitForMail } from "./support/mailbox";
import { acceptAsNewPerson, invite, inviteeFor } from "./support/members";
import { expectToast } from "./support/toasts";

async function linkFor(email: string): Promise<string> {
  const mail = await waitForMail(email, /invited you/);
  return mail.links.find((link) => link.includes("/invite/"))!;
}

test("used, expired, revoked and malformed invitation links each explain what happened", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const founder = newFounder("Links");
  await signUp(page, founder);
  const tag = founder.slug.split("-").pop()!;
  const used = inviteeFor("Viewer", `used${tag}`);
  const expired = inviteeFor("Manager", `late${tag}`);
  const revoked = inviteeFor("HR", `gone${tag}`);
  await invite(page, founder.slug, [used, expired, revoked]);

  const usedLink = await linkFor(used.email);
  const joined = await acceptAsNewPerson(browser, used, founder.orgName);
  await joined.context().close();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(usedLink);
  await expect(visitor.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();

  const expiredLink = await linkFor(expired.email);
  expect(await runSql(`UPDATE "Invitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`, [expired.email])).toBe(1);
  await visitor.goto(expiredLink);
  await expect(visitor.getByRole("heading", { name: "This invitation has expired" })).toBeVisible();
  await expect(visitor.getByText("Ask an admin of the organization to send you a new one.")).toBeVisible();

  const revokedLink = await linkFor(revoked.email);
  await page.reload();
  await page.getByRole("listitem", { name: `Invitation for ${revoked.email}` }).getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke the invitation for ${revoked.email}?` });
  await confirm.getByRole("button", { name: "Revoke invitation" }).click();
  await expectToast(page, "Invitation revoked.");
  await expect(page.getByRole("listitem", { name: `Invitation for ${revoked.email}` })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Pending invitations" })).toBeFocused();
  await visitor.goto(revokedLink);
  await expect(visitor.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();

  await visitor.goto("/invite/not-a-real-token");
  await expect(visitor.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
  await visitor.context().close();
});

test("a resent invitation replaces the old link", async ({ page, browser }) => {
  const founder = newFounder("Resend");
  await signUp(page, founder);
  const person = inviteeFor("Executive", founder.slug.split("-").pop()!);
  await invite(page, founder.slug, [person]);
  const firstLink = await linkFor(person.email);
  // An invitation may be mailed again only after a cool-down; this one was sent long enough ago.
  expect(await runSql(`UPDATE "Invitation" SET "lastSentAt" = now() - interval '11 minutes' WHERE email = $1`, [person.email])).toBe(1);
  const resentAt = new Date();
  await page.reload();
  await page.getByRole("listitem", { name: `Invitation for ${person.email}` }).getByRole("button", { name: "Resend" }).click();
  await expectToast(page, "Invitation sent again");
  const second = await waitForMail(person.email, /invited you/, { since: resentAt });
  const secondLink = second.links.find((link) => link.includes("/invite/"))!;
  expect(secondLink).not.toBe(firstLink);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(firstLink);
  await expect(visitor.getByRole("heading", { name: "This invitation link no longer works" })).toBeVisible();
  await visitor.goto(secondLink);
  await expect(visitor.getByRole("heading", { name: `Join ${founder.orgName} on Tally` })).toBeVisible();
  await visitor.context().close();
});
