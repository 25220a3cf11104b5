import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { newFounder, signUp, type Founder } from "./support/flows";
import { expectToast } from "./support/toasts";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DAY = /\d{4}-\d{2}-\d{2}/.source;

/** Creates a KPI from scratch with a code and returns its page's address. */
async function createKpi(page: Page, founder: Founder, name: string, code: string): Promise<string> {
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Code (optional)").fill(code);
  await form.getByLabel("Category").selectOption({ label: "Sales" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Records a value for today's period through the KPI page's form. */
async function recordValue(page: Page, value: string, comment: string): Promise<void> {
  const form = page.getByRole("form", { name: "Record a value" });
  await form.getByLabel("Value", { exact: true }).fill(value);
  await form.getByLabel("Comment (optional)").fill(comment);
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, "Recorded");
}

/** Clicks what starts a download and returns the file as the browser saved it. */
async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  expect(await download.failure()).toBeNull();
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** A CSV export's lines, after checking that it starts with the UTF-8 byte order mark. */
function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
}

test("the KPI list exports as filtered, every value exports over a range and imports back unchanged, and a KPI page exports its values", async ({ page }) => {
  test.slow();
  const founder = newFounder("Exports");
  await signUp(page, founder);
  const bookedPath = await createKpi(page, founder, "=Booked revenue", "BOOK");
  await recordValue(page, "-5", "=1+1 is not a formula here");
  await createKpi(page, founder, "Churn rate", "CHURN");
  await recordValue(page, "2.5", "Steady");

  // The list filtered to one KPI exports that KPI alone.
  await page.goto(`/${founder.slug}/kpis?search=churn`);
  await expect(page.getByRole("table").getByRole("row", { name: /Churn rate/ })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row", { name: /Booked revenue/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const listCsv = await downloadFrom(page, () => page.getByRole("menuitem", { name: "KPI list as CSV" }).click());
  expect(listCsv.download.suggestedFilename()).toMatch(new RegExp(`^${founder.slug}-kpis-${DAY}\\.csv$`));
  const listLines = csvLines(listCsv.bytes);
  expect(listLines[0]).toBe("id,code,name,category,unit,currency,direction,cadence,owner,team,visibility,latest_period,latest_value,status,target,target_min,target_max");
  expect(listLines).toHaveLength(2);
  expect(listLines[1]).toContain(",CHURN,Churn rate,sales,");
  expect(listLines[1]).toContain(",2.5,");

  // Unfiltered, as Excel: both KPIs, in a workbook.
  await page.goto(`/${founder.slug}/kpis`);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const listXlsx = await downloadFrom(page, () => page.getByRole("menuitem", { name: "KPI list as Excel" }).click());
  expect(listXlsx.download.suggestedFilename()).toMatch(new RegExp(`^${founder.slug}-kpis-${DAY}\\.xlsx$`));
  expect(listXlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(listXlsx.bytes.includes(Buffer.from("xl/worksheets/sheet1.xml"))).toBe(true);

  // Every value over a range: a range that ends before it starts is refused beside the field.
  await page.getByRole("button", { name: "Export values…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export values" });
  const from = dialog.getByLabel("Periods from");
  const to = dialog.getByLabel("Periods to");
  await from.fill("2030-01-01");
  await to.fill("2020-01-01");
  await dialog.getByRole("button", { name: "Download" }).click();
  await expect(to).toHaveAccessibleDescription("The end date must be on or after the start date.");
  await expect(dialog).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(WCAG_22_AA).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await from.fill("2000-01-01");
  await to.fill("2999-12-31");
  await dialog.getByRole("radio", { name: "CSV" }).check();
  const values = await downloadFrom(page, () => dialog.getByRole("button", { name: "Download" }).click());
  await expect(dialog).toBeHidden();
  expect(values.download.suggestedFilename()).toMatch(new RegExp(`^${founder.slug}-values-${DAY}\\.csv$`));
  const valueLines = csvLines(values.bytes);
  expect(valueLines[0]).toBe("kpi,kpi_name,date,value,comment,status,recorded_by,recorded_at");
  expect(valueLines).toHaveLength(3);
  // KPIs by name: "=Booked revenue" sorts before "Churn rate". Text that would run as a formula is escaped; numbers are not.
  expect(valueLines[1]).toMatch(new RegExp(`^BOOK,'=Booked revenue,${DAY},-5,'=1\\+1 is not a formula here,off_track,Exports Founder,`));
  expect(valueLines[2]).toMatch(new RegExp(`^CHURN,Churn rate,${DAY},2\\.5,Steady,off_track,Exports Founder,`));

  // The file imports back unchanged: the import's dry run finds every row as it is stored.
  const reimported = await page.request.post(`/api/orgs/${founder.slug}/imports?dryRun=true&fileName=values.csv`, {
    headers: { "content-type": "text/csv" },
    data: values.bytes,
  });
  expect(reimported.status()).toBe(200);
  expect((await reimported.json()) as { counts: unknown }).toMatchObject({ counts: { rows: 2, unchanged: 2, new: 0, changed: 0, error: 0 } });

  // A KPI page exports its own values.
  await page.goto(bookedPath);
  await page.getByRole("button", { name: "Export values" }).click();
  const kpiXlsx = await downloadFrom(page, () => page.getByRole("menuitem", { name: "Values as Excel" }).click());
  expect(kpiXlsx.download.suggestedFilename()).toMatch(new RegExp(`^${founder.slug}-book-values-${DAY}\\.xlsx$`));
  expect(kpiXlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const workbookBack = await page.request.post(`/api/orgs/${founder.slug}/imports?dryRun=true&fileName=values.xlsx`, {
    headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    data: kpiXlsx.bytes,
  });
  expect((await workbookBack.json()) as { counts: unknown }).toMatchObject({ counts: { rows: 1, unchanged: 1, error: 0 } });
  await page.getByRole("button", { name: "Export values" }).click();
  const kpiCsv = await downloadFrom(page, () => page.getByRole("menuitem", { name: "Values as CSV" }).click());
  const kpiLines = csvLines(kpiCsv.bytes);
  expect(kpiLines).toHaveLength(2);
  expect(kpiLines[1]).toMatch(/^BOOK,'=Booked revenue,/);
});

test("an export link of another organization or with a bad range is answered with its problem, not a file", async ({ page, request }) => {
  const founder = newFounder("Exportbad");
  await signUp(page, founder);
  const other = await page.request.get(`/api/orgs/acme/exports/kpis?format=csv`);
  expect(other.status()).toBe(404);
  const range = await page.request.get(`/api/orgs/${founder.slug}/exports/check-ins?format=csv&from=2026-02-01&to=2026-01-01`);
  expect(range.status()).toBe(400);
  expect(await range.json()).toMatchObject({ errors: [{ field: "to", message: "The end date must be on or after the start date." }] });
  const signedOut = await request.get(`/api/orgs/${founder.slug}/exports/kpis?format=csv`);
  expect(signedOut.status()).toBe(401);
});
