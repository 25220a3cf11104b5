import { expect, test } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";
import { acceptAsNewPerson, invite, inviteeFor } from "./support/members";

const ALL_ITEMS = ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams", "Members", "Audit log", "Settings"];
const NAVIGATION: Record<string, string[]> = {
  Executive: ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams", "Members", "Audit log", "Settings"],
  HR: ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams", "Members"],
  Manager: ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams"],
  "Project lead": ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams"],
};

test("an admin invites four roles; each accepts from the mail and sees only the navigation its role allows", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const founder = newFounder("Invites");
  await signUp(page, founder);
  const tag = founder.slug.split("-").pop()!;
  const invitees = (["Executive", "HR", "Manager", "Project lead"] as const).map((role) => inviteeFor(role, tag));
  await invite(page, founder.slug, invitees);

  const pending = page.getByRole("region", { name: "Pending invitations" });
  for (const invitee of invitees) await expect(pending.getByText(invitee.email)).toBeVisible();

  for (const invitee of invitees) {
    const memberPage = await acceptAsNewPerson(browser, invitee, founder.orgName);
    await expect(memberPage).toHaveURL(new RegExp(`/${founder.slug}$`));
    const nav = memberPage.getByRole("navigation", { name: "Organization" });
    const allowed = NAVIGATION[invitee.role]!;
    for (const item of ALL_ITEMS) {
      await expect(nav.getByRole("link", { name: item, exact: true }), `${invitee.role} → ${item}`).toHaveCount(allowed.includes(item) ? 1 : 0);
    }
    if (!allowed.includes("Settings")) {
      await memberPage.goto(`/${founder.slug}/settings`);
      await expect(memberPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    await memberPage.context().close();
  }

  await page.reload();
  const members = page.getByRole("table", { name: "Members of the organization" });
  for (const invitee of invitees) {
    await expect(members.getByRole("row", { name: invitee.name })).toContainText(invitee.role);
  }
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText("No pending invitations")).toBeVisible();
});

test("a deactivated member loses the organization on their next click but stays signed in", async ({ page, browser }) => {
  const founder = newFounder("Deact");
  await signUp(page, founder);
  const viewer = inviteeFor("Viewer", founder.slug.split("-").pop()!);
  await invite(page, founder.slug, [viewer]);
  const viewerPage = await acceptAsNewPerson(browser, viewer, founder.orgName);

  await page.reload();
  const row = page.getByRole("row", { name: viewer.name });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();

  await viewerPage.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "KPIs", exact: true }).click();
  await expect(viewerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // Their sign-in is theirs, not the organization's: other organizations and their account still work.
  await viewerPage.goto("/account");
  await expect(viewerPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  await viewerPage.context().close();
});

test("the last admin cannot demote themselves, and the page says why", async ({ page }) => {
  const founder = newFounder("Lastadmin");
  await signUp(page, founder);
  await page.goto(`/${founder.slug}/members`);
  const row = page.getByRole("row", { name: founder.name });
  await row.getByLabel(`Role of ${founder.name}`).selectOption({ label: "Viewer" });
  await expect(row.getByRole("alert")).toContainText("last active admin");
  await page.reload();
  await expect(page.getByRole("row", { name: founder.name }).getByLabel(`Role of ${founder.name}`)).toHaveValue("admin");
});
