import { expect, test, type Locator, type Page } from "@playwright/test";
import { countRows } from "./support/database";
import { newFounder, signIn, signUp, type Founder } from "./support/flows";
import { acceptAsNewPerson, invite, inviteeFor } from "./support/members";
import { expectToast } from "./support/toasts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day of the month `monthsBack` months before this one, in UTC as the server counts. */
function dayOfMonthBack(monthsBack: number, day: number): { date: string; label: string } {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, day));
  return { date: date.toISOString().slice(0, 10), label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
}

async function createDepartment(page: Page, orgSlug: string, name: string): Promise<void> {
  await page.goto(`/${orgSlug}/teams`);
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("radio", { name: "Department", exact: true }).check();
  await page.getByRole("button", { name: "Create team" }).click();
  await expectToast(page, `${name} was created.`);
}

async function kpisInOrganization(slug: string): Promise<number> {
  return countRows(`SELECT count(*) FROM "Kpi" k JOIN "Organization" o ON o.id = k."orgId" WHERE o.slug = $1`, [slug]);
}

function statusOf(page: Page): Locator {
  return page.getByTestId("kpi-status");
}

/** Records one value through the KPI page's form and waits until the page shows it. */
async function recordValue(page: Page, entry: { date: string; value: string; comment?: string; period: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Record a value" });
  const date = form.getByLabel("Date", { exact: true });
  await date.fill(entry.date);
  await expect(date).toHaveAccessibleDescription(new RegExp(`^Stored under ${entry.period}`));
  await form.getByLabel("Value", { exact: true }).fill(entry.value);
  if (entry.comment) await form.getByLabel("Comment (optional)").fill(entry.comment);
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, `for ${entry.period}.`);
  await expect(form.getByRole("button", { name: "Save value" })).toBeEnabled();
  await expect(form.getByRole("button", { name: "Save value" })).toBeFocused();
}

/** Creates a KPI from scratch with the fewest fields and returns its page's address. */
async function createKpiFromScratch(page: Page, founder: Founder, name: string): Promise<string> {
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Category").selectOption({ label: "Customer" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a manager creates a KPI from the library in their department and records values that move its status", async ({ page, browser }) => {
  // Two people, an invitation mail and five saves: more steps than one default timeout allows on a busy machine.
  test.slow();
  const founder = newFounder("Kpis");
  await signUp(page, founder);
  await createDepartment(page, founder.slug, "Sales");
  const manager = inviteeFor("Manager", founder.slug);
  await invite(page, founder.slug, [manager]);
  const managerPage = await acceptAsNewPerson(browser, manager, founder.orgName);

  await page.goto(`/${founder.slug}/teams`);
  await page.getByRole("link", { name: "Sales" }).click();
  await page.getByLabel("Member to add").selectOption({ label: `${manager.name} (Manager) · ${manager.email}` });
  await page.getByRole("button", { name: "Add to team" }).click();
  const lead = page.getByRole("row", { name: new RegExp(manager.name) }).getByRole("checkbox", { name: `${manager.name} leads the team` });
  await lead.check();
  await expect(lead).toBeChecked();

  await managerPage.goto(`/${founder.slug}/kpis`);
  await managerPage.getByRole("link", { name: "New KPI" }).click();
  await expect(managerPage.getByRole("heading", { level: 1, name: "New KPI" })).toBeVisible();
  const search = managerPage.getByLabel("Search the KPI library");
  await search.fill("deals won");
  await expect(managerPage.getByRole("link", { name: /^Average deal size/ })).toBeVisible();
  await expect(managerPage.getByRole("link", { name: /^Revenue/ })).toHaveCount(0);
  await search.fill("win rate");
  await search.press("ArrowDown");
  const winRate = managerPage.getByRole("link", { name: /^Win rate/ });
  await expect(winRate).toBeFocused();
  await winRate.press("Enter");
  await expect(managerPage.getByRole("heading", { level: 1, name: "New KPI: Win rate" })).toBeVisible();

  const form = managerPage.getByRole("form", { name: "New KPI" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Win rate");
  await expect(form.getByLabel("Category")).toHaveValue("sales");
  await expect(form.getByLabel("Unit")).toHaveValue("percent");
  await expect(form.getByLabel("Direction")).toHaveValue("increase");
  await expect(form.getByLabel("Cadence")).toHaveValue("monthly");
  await expect(form.getByLabel("Decimals")).toHaveValue("1");
  await expect(form.getByLabel("Description")).toHaveValue(/deals closed in the month/);

  const twoMonthsAgo = dayOfMonthBack(2, 15);
  const lastMonth = dayOfMonthBack(1, 15);
  const thisMonth = dayOfMonthBack(0, 1);
  await form.getByLabel("Baseline (optional)").fill("15");
  await form.getByLabel("Start date").fill(dayOfMonthBack(2, 1).date);
  const first = form.getByRole("group", { name: "Target 1" });
  await first.getByLabel("Effective from").fill(dayOfMonthBack(2, 1).date);
  await first.getByLabel("Target", { exact: true }).fill("30");
  await first.getByLabel("Warning").fill("20");
  await form.getByRole("button", { name: "Add a target change" }).click();
  const second = form.getByRole("group", { name: "Target 2" });
  await expect(second.getByLabel("Effective from")).toBeFocused();
  await second.getByLabel("Effective from").fill(thisMonth.date);
  await second.getByLabel("Target", { exact: true }).fill("40");
  await second.getByLabel("Warning").fill("30");

  // Managers create KPIs only in their teams: the API's refusal lands beside the team.
  await form.getByRole("button", { name: "Create KPI" }).click();
  const team = form.getByLabel("Team", { exact: true });
  await expect(team).toHaveAccessibleDescription(/Managers create KPIs in the teams they lead or belong to/);
  await team.selectOption({ label: "Sales · Department" });
  await form.getByRole("button", { name: "Create KPI" }).click();

  await expect(managerPage.getByRole("heading", { level: 1, name: "Win rate" })).toBeVisible();
  await expect(managerPage).toHaveURL(new RegExp(`/${founder.slug}/kpis/[^/]+$`));
  // Started two months ago without a value: missing data is overdue, never quiet.
  await expect(statusOf(managerPage)).toHaveText("Status: Overdue");
  await expect(managerPage.getByText(`Sales (Department)`)).toBeVisible();
  await expect(managerPage.getByRole("heading", { name: "No values yet" })).toBeVisible();
  await expect(managerPage.getByRole("heading", { name: "SMART check" })).toBeVisible();

  await recordValue(managerPage, { date: twoMonthsAgo.date, value: "12", comment: "Two big losses", period: twoMonthsAgo.label });
  const checkIns = managerPage.locator("#kpi-check-ins");
  await expect(checkIns.getByRole("row", { name: new RegExp(twoMonthsAgo.label) })).toContainText("Off track");
  await expect(checkIns).toContainText("Two big losses");
  // Two months back is past its grace days from the 4th on, so the KPI as a whole is overdue until last month has a value.
  await expect(statusOf(managerPage)).toHaveText(new Date().getUTCDate() > 3 ? "Status: Overdue" : "Status: Off track");

  await recordValue(managerPage, { date: lastMonth.date, value: "25", period: lastMonth.label });
  await expect(statusOf(managerPage)).toHaveText("Status: At risk");

  await recordValue(managerPage, { date: thisMonth.date, value: "42", comment: "Best month so far", period: thisMonth.label });
  await expect(statusOf(managerPage)).toHaveText("Status: On track");
  await expect(checkIns.getByRole("row", { name: new RegExp(thisMonth.label) })).toContainText("42.0%");
  // The chart says in words what it draws, and leads to the same values as a table.
  const chart = managerPage.getByRole("figure");
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(new RegExp(`^Latest: 42\\.0% for ${thisMonth.label}, target 40\\.0%, on track\\.`));
  await expect(chart.getByRole("link", { name: "View the data as a table" })).toHaveAttribute("href", "#kpi-check-ins");

  // Re-entering a period corrects it and keeps the earlier value.
  await recordValue(managerPage, { date: thisMonth.date, value: "41.5", period: thisMonth.label });
  const corrected = checkIns.getByRole("row", { name: new RegExp(thisMonth.label) });
  await expect(corrected).toContainText("41.5%");
  await corrected.getByText("1 earlier value").click();
  await expect(corrected).toContainText(`42.0% by ${manager.name}`);
  await expect(managerPage.getByRole("progressbar", { name: "Progress toward the target" })).toHaveAttribute("aria-valuenow", "100");

  await managerPage.context().close();
});

test("two editors of one KPI: the second save is refused and Reload shows the first one's change", async ({ page, browser }) => {
  // Two browsers, a sign-up and a KPI made from scratch before the conflict itself.
  test.slow();
  const founder = newFounder("Conflict");
  await signUp(page, founder);
  const kpiPath = await createKpiFromScratch(page, founder, "Support tickets");

  const otherTab = await (await browser.newContext()).newPage();
  await signIn(otherTab, founder.email, founder.password);
  await expect(otherTab).toHaveURL(new RegExp(`/${founder.slug}$`));

  await page.goto(`${kpiPath}/edit`);
  await otherTab.goto(`${kpiPath}/edit`);
  const firstForm = page.getByRole("form", { name: "Edit KPI" });
  const secondForm = otherTab.getByRole("form", { name: "Edit KPI" });
  await expect(secondForm.getByLabel("Name", { exact: true })).toHaveValue("Support tickets");

  await firstForm.getByLabel("Name", { exact: true }).fill("Support tickets solved");
  await firstForm.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support tickets solved" })).toBeVisible();
  await expect(page.getByText("Name: Support tickets → Support tickets solved")).toBeVisible();

  await secondForm.getByLabel("Baseline (optional)").fill("3");
  await secondForm.getByRole("button", { name: "Save changes" }).click();
  const conflict = secondForm.getByRole("alert").filter({ hasText: "changed this KPI at" });
  await expect(conflict).toContainText(`${founder.name} changed this KPI at`);
  await expect(conflict).toContainText("Reload");
  await expect(otherTab).toHaveURL(new RegExp(`${kpiPath}/edit$`));

  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(secondForm.getByLabel("Name", { exact: true })).toHaveValue("Support tickets solved");
  await expect(secondForm.getByLabel("Baseline (optional)")).toHaveValue("");
  await expect(secondForm.getByText("The latest version is loaded.")).toBeVisible();

  await secondForm.getByLabel("Baseline (optional)").fill("3");
  await secondForm.getByRole("button", { name: "Save changes" }).click();
  await expect(otherTab.getByRole("heading", { level: 1, name: "Support tickets solved" })).toBeVisible();
  await expect(otherTab.getByText("Baseline: none → 3")).toBeVisible();
  await otherTab.context().close();
});

test("bad input is shown beside its field and nothing is saved", async ({ page }) => {
  const founder = newFounder("Badkpi");
  await signUp(page, founder);
  await page.goto(`/${founder.slug}/kpis/new`);
  await page.getByRole("link", { name: "Start from scratch" }).click();
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Cash in the bank");
  await form.getByLabel("Category").selectOption({ label: "Financial" });
  await form.getByLabel("Direction").selectOption({ label: "Stay within a range" });
  const baseline = form.getByLabel("Baseline (optional)");
  await baseline.fill("abc");
  await form.getByLabel("Start date").fill("2026-03-10");
  await form.getByLabel("End date (optional)").fill("2026-03-01");
  const row = form.getByRole("group", { name: "Target 1" });
  await form.getByRole("button", { name: "Create KPI" }).click();

  await expect(baseline).toHaveAccessibleDescription(/^That is not a number\. Write numbers like 1,234\.5/);
  await expect(row.getByLabel("Minimum")).toHaveAccessibleDescription("Set a minimum.");
  await expect(row.getByLabel("Maximum")).toHaveAccessibleDescription("Set a maximum.");
  await expect(form.getByLabel("End date (optional)")).toHaveAccessibleDescription("The end date must not be before the start date.");

  await baseline.fill("10");
  await form.getByLabel("End date (optional)").fill("2026-12-31");
  await row.getByLabel("Minimum").fill("20");
  await row.getByLabel("Maximum").fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(row.getByLabel("Minimum")).toHaveAccessibleDescription("The minimum must not be above the maximum.");
  await expect(baseline).toHaveAccessibleDescription("The value when tracking began.");
  await expect(form.getByLabel("End date (optional)")).toHaveAccessibleDescription("When the target must be met.");

  await row.getByLabel("Minimum").fill("1");
  await row.getByLabel("Effective from").fill("2026-03-10");
  await form.getByRole("button", { name: "Add a target change" }).click();
  const second = form.getByRole("group", { name: "Target 2" });
  await second.getByLabel("Effective from").fill("2026-03-10");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(second.getByLabel("Effective from")).toHaveAccessibleDescription("Two targets start on the same date.");

  await expect(page).toHaveURL(new RegExp(`/${founder.slug}/kpis/new\\?template=scratch$`));
  expect(await kpisInOrganization(founder.slug)).toBe(0);
});

test("a viewer gets no way to create a KPI", async ({ page, browser }) => {
  const founder = newFounder("Viewkpi");
  await signUp(page, founder);
  const viewer = inviteeFor("Viewer", founder.slug);
  await invite(page, founder.slug, [viewer]);
  const viewerPage = await acceptAsNewPerson(browser, viewer, founder.orgName);

  await viewerPage.goto(`/${founder.slug}/kpis`);
  await expect(viewerPage.getByRole("heading", { level: 1, name: "KPIs" })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "New KPI" })).toHaveCount(0);

  await viewerPage.goto(`/${founder.slug}/kpis/new`);
  await expect(viewerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await viewerPage.context().close();
});
