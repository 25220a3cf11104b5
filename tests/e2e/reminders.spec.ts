import { expect, test, type Page } from "@playwright/test";
import { newFounder, signUp, type Founder } from "./support/flows";
import { waitForMail } from "./support/mailbox";

/** The first day of the month `monthsBack` months before this one, as YYYY-MM-DD. */
function monthStart(monthsBack: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return date.toISOString().slice(0, 10);
}

function monthLabel(monthsBack: number): string {
  return new Date(`${monthStart(monthsBack)}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
}

/** A monthly KPI started three months ago with no value: last month is due, the month before overdue. */
async function createUnrecordedKpi(page: Page, founder: Founder, name: string): Promise<string> {
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Category").selectOption({ label: "Financial" });
  await form.getByLabel("Start date").fill(monthStart(3));
  const target = form.getByRole("group", { name: "Target 1" });
  await target.getByLabel("Effective from").fill(monthStart(3));
  await target.getByLabel("Target", { exact: true }).fill("100");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a missing value reminds its owner in the app and by e-mail, and the notification opens the KPI", async ({ page }) => {
  test.slow();
  const founder = newFounder("Remind");
  await signUp(page, founder);
  const kpiPath = await createUnrecordedKpi(page, founder, "Net new customers");

  // The sweep runs in the background on its schedule; the KPI page lists what it sent.
  const reminders = page.getByRole("table", { name: "Reminders sent" });
  await expect(async () => {
    await page.reload();
    await expect(reminders.getByRole("row", { name: new RegExp(`${monthLabel(2)} Overdue`) })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(reminders.getByRole("row", { name: new RegExp(`${monthLabel(2)} Overdue`) })).toContainText(founder.name);

  const mail = await waitForMail(founder.email, new RegExp(`Net new customers: the value for ${monthLabel(2)} is overdue`), { timeoutMs: 30_000 });
  expect(mail.links.some((link) => link.endsWith(kpiPath))).toBe(true);

  await page.goto(`/${founder.slug}`);
  const bell = page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).last();
  await bell.click();
  await page.getByRole("link", { name: new RegExp(`the value for ${monthLabel(2)} is overdue`) }).click();
  await expect(page).toHaveURL(new RegExp(`${kpiPath}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Net new customers" })).toBeVisible();

  await page.goto(`/${founder.slug}/notifications`);
  const opened = page.getByRole("link", { name: new RegExp(`the value for ${monthLabel(2)} is overdue`) });
  await expect(opened).toBeVisible();
  await expect(opened).not.toContainText("Unread:");
});

test("an admin sets the escalation days, and a member's daily digest arrives by e-mail", async ({ page }) => {
  test.slow();
  const founder = newFounder("Digest");
  await signUp(page, founder);

  await page.goto(`/${founder.slug}/settings`);
  const settings = page.getByRole("form", { name: "Reminders and escalation" });
  const leadsDays = settings.getByLabel("Tell team leads after (days overdue)");
  await expect(leadsDays).toHaveValue("7");
  await leadsDays.clear();
  await leadsDays.fill("0");
  await expect(leadsDays).toHaveValue("0");
  await settings.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(settings.getByText("Use a whole number of days from 1 to 365.")).toBeVisible();
  await leadsDays.clear();
  await leadsDays.fill("5");
  const adminsDays = settings.getByLabel("Then tell admins and executives after (more days)");
  await adminsDays.clear();
  await adminsDays.fill("10");
  await settings.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(page.getByText("Reminder settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Reminders and escalation" }).getByLabel("Tell team leads after (days overdue)")).toHaveValue("5");

  await createUnrecordedKpi(page, founder, "Support tickets closed");
  // Something to sum up: wait for the reminders to reach the bell before choosing a digest.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).last()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });

  await page.goto(`/${founder.slug}/notifications/settings`);
  await page.getByLabel("Digest by e-mail (a summary of your notifications, unread first)").selectOption({ label: "Daily, at 08:00" });
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Notification preferences saved.")).toBeVisible();

  const digest = await waitForMail(founder.email, /Your daily digest/, { timeoutMs: 90_000 });
  expect(digest.text).toContain("Support tickets closed: the value for");
  expect(digest.links.some((link) => link.includes(`/${founder.slug}/kpis/`))).toBe(true);
});
