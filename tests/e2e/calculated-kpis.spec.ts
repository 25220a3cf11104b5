import { expect, test, type Page } from "@playwright/test";
import { newFounder, signUp, type Founder } from "./support/flows";
import { expectToast } from "./support/toasts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day of the month `monthsBack` months before this one, in UTC as the server counts. */
function dayOfMonthBack(monthsBack: number, day: number): { date: string; label: string } {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, day));
  return { date: date.toISOString().slice(0, 10), label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
}

const START = dayOfMonthBack(2, 1);
const TWO_MONTHS_AGO = dayOfMonthBack(2, 10);
const LAST_MONTH = dayOfMonthBack(1, 10);

/** Fills the fields every new KPI needs, starting two months back. */
async function fillBasics(page: Page, founder: Founder, name: string, code: string) {
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Code (optional)").fill(code);
  await form.getByLabel("Category").selectOption({ label: "Financial" });
  await form.getByLabel("Start date").fill(START.date);
  const target = form.getByRole("group", { name: "Target 1" });
  await target.getByLabel("Effective from").fill(START.date);
  await target.getByLabel("Target", { exact: true }).fill("100");
  return form;
}

async function createRecordedKpi(page: Page, founder: Founder, name: string, code: string): Promise<string> {
  const form = await fillBasics(page, founder, name, code);
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function recordValue(page: Page, entry: { date: string; label: string }, value: string) {
  const form = page.getByRole("form", { name: "Record a value" });
  await form.getByLabel("Date", { exact: true }).fill(entry.date);
  await form.getByLabel("Value", { exact: true }).fill(value);
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, `for ${entry.label}.`);
  await expect(page.locator("#kpi-check-ins").getByRole("row", { name: new RegExp(entry.label) })).toContainText(value);
}

test("a calculated KPI is checked as its formula is typed, previews its history and follows a corrected input", async ({ page }) => {
  // Three KPIs, four values, a formula typed four times and a correction: a long walk.
  test.slow();
  const founder = newFounder("Formula");
  await signUp(page, founder);

  const revenuePath = await createRecordedKpi(page, founder, "Revenue", "revenue");
  await recordValue(page, TWO_MONTHS_AGO, "900");
  await recordValue(page, LAST_MONTH, "800");
  await createRecordedKpi(page, founder, "Headcount", "HEADCOUNT");
  await recordValue(page, TWO_MONTHS_AGO, "3");
  await recordValue(page, LAST_MONTH, "4");

  const form = await fillBasics(page, founder, "Revenue per head", "PER_HEAD");
  const formula = form.getByLabel("Formula (optional)");

  // Each problem appears beside the field while typing, without saving.
  await formula.fill("REVENUE / HEADCONT");
  await expect(formula).toHaveAccessibleDescription("No KPI has the code HEADCONT.");
  await expect(formula).toHaveAttribute("aria-invalid", "true");
  await formula.fill("REVENUE / )");
  await expect(formula).toHaveAccessibleDescription(/Unexpected '\)' at 11/);
  await formula.fill("PER_HEAD * 2");
  await expect(formula).toHaveAccessibleDescription(/PER_HEAD is this KPI's own code/);

  await formula.fill("revenue / headcount");
  await expect(formula).not.toHaveAttribute("aria-invalid");
  await expect(form.getByText("Calculated as REVENUE / HEADCOUNT, from REVENUE (Revenue), HEADCOUNT (Headcount).")).toBeVisible();
  const preview = form.getByRole("region", { name: "Preview of the calculated values" });
  await expect(preview.getByRole("row", { name: TWO_MONTHS_AGO.label })).toContainText("300");
  await expect(preview.getByRole("row", { name: LAST_MONTH.label })).toContainText("200");
  await expect(preview.getByRole("row", { name: dayOfMonthBack(3, 1).label })).toContainText("Before the KPI's start date.");
  // Calculated KPIs take no contributors.
  await expect(form.getByText("A calculated KPI has no contributors: its values come from its formula.")).toBeVisible();

  await form.getByRole("button", { name: "Create KPI" }).click();
  await expectToast(page, "Revenue per head was created.");
  await expect(page.getByRole("heading", { level: 1, name: "Revenue per head" })).toBeVisible();
  const perHeadPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("kpi-formula")).toHaveText("Calculated: REVENUE / HEADCOUNT");
  await expect(page.getByRole("form", { name: "Record a value" })).toHaveCount(0);
  const checkIns = page.locator("#kpi-check-ins");
  await expect(checkIns.getByRole("row", { name: new RegExp(LAST_MONTH.label) })).toContainText("200");
  await expect(checkIns.getByRole("row", { name: new RegExp(LAST_MONTH.label) })).toContainText("Calculated by the formula");
  // This month's inputs are still missing, and the page says so.
  await expect(page.getByRole("list", { name: "Periods without a value" })).toContainText(
    `${dayOfMonthBack(0, 1).label}: REVENUE and HEADCOUNT have no value for this period.`,
  );

  // Correcting an input recalculates the KPI at once and keeps its earlier value.
  await page.getByTestId("kpi-formula").getByRole("link", { name: "REVENUE" }).click();
  await expect(page).toHaveURL(new RegExp(`${revenuePath}$`));
  await recordValue(page, LAST_MONTH, "960");
  await page.goto(perHeadPath);
  const corrected = page.locator("#kpi-check-ins").getByRole("row", { name: new RegExp(LAST_MONTH.label) });
  await expect(corrected).toContainText("240");
  await corrected.getByText("1 earlier value").click();
  await expect(corrected).toContainText("200 by the formula");
});
