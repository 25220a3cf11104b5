import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";
import { expectToast } from "./support/toasts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day of the month `monthsBack` months before this one, in UTC as the server counts. */
function dayOfMonthBack(monthsBack: number, day: number): { date: string; label: string } {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, day));
  return { date: date.toISOString().slice(0, 10), label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
}

async function chooseFile(page: Page, name: string, lines: string[]): Promise<void> {
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\n")}\n`) });
}

/** The rows of the result table (the header row left out). */
function resultRows(page: Page) {
  return page.getByRole("region", { name: "Rows of the file" }).getByRole("row").filter({ has: page.getByRole("cell") });
}

test("a file with errors shows them by line; fixed, it imports, its values are on the KPI page, and importing it again changes nothing", async ({ page }) => {
  test.slow();
  const founder = newFounder("Imports");
  await signUp(page, founder);
  const start = dayOfMonthBack(3, 1);
  const [third, second, first] = [dayOfMonthBack(3, 15), dayOfMonthBack(2, 15), dayOfMonthBack(1, 5)];

  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Monthly recurring revenue");
  await form.getByLabel("Code (optional)").fill("MRR");
  await form.getByLabel("Category").selectOption({ label: "Sales" });
  await form.getByLabel("Start date").fill(start.date);
  const target = form.getByRole("group", { name: "Target 1" });
  await target.getByLabel("Effective from").fill(start.date);
  await target.getByLabel("Target", { exact: true }).fill("1000");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Monthly recurring revenue" })).toBeVisible();
  const kpiPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Import values" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import values" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV template" })).toHaveAttribute("href", /format=csv&kpi=/);
  await expect(page.getByRole("heading", { name: "No file checked yet" })).toBeVisible();

  // Checking without a file says what is missing, beside the file field.
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByLabel("File", { exact: true })).toHaveAccessibleDescription(/Choose a CSV or Excel file to import\./);

  await chooseFile(page, "revenue.csv", [
    "kpi,date,value,comment",
    `MRR,${third.date},1200,First month`,
    `MRR,${second.date},twelve hundred,`,
    `NOPE,${second.date},5,`,
    `MRR,${first.date},1300,`,
    `mrr,${dayOfMonthBack(1, 20).date},1350,`,
  ]);
  await page.getByRole("button", { name: "Check file" }).click();
  const main = page.getByRole("main");
  await expect(main.getByRole("alert").filter({ hasText: "4 rows have errors" })).toContainText("nothing was written");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  // Errors are shown first, each on its line with its reason.
  await expect(page.getByRole("radio", { name: "Error (4)" })).toBeChecked();
  await expect(resultRows(page)).toHaveCount(4);
  await expect(resultRows(page).nth(0)).toContainText("3");
  await expect(resultRows(page).nth(0)).toContainText("That is not a number");
  await expect(resultRows(page).nth(1)).toContainText("No KPI “NOPE”");
  await expect(resultRows(page).nth(2)).toContainText(`Line 6 also has a value for Monthly recurring revenue in ${first.label}`);
  await expect(resultRows(page).nth(3)).toContainText(`Line 5 already has a value for Monthly recurring revenue in ${first.label}`);
  await page.getByRole("radio", { name: "New (1)" }).click();
  await expect(resultRows(page)).toHaveCount(1);
  await expect(resultRows(page).first()).toContainText(third.label);

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await chooseFile(page, "revenue-fixed.csv", ["kpi,date,value,comment", `MRR,${third.date},1200,First month`, `MRR,${second.date},1250,`, `Monthly recurring revenue,${first.date},1350,Best so far`]);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Ready to import 3 values" })).toBeVisible();
  await expect(resultRows(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Import 3 values" }).click();
  await expectToast(page, "Imported 3 values");
  await expect(page.getByRole("heading", { name: "Import done" })).toBeFocused();

  await page.getByRole("link", { name: "See Monthly recurring revenue" }).click();
  await expect(page).toHaveURL(new RegExp(`${kpiPath}$`));
  const checkIns = page.locator("#kpi-check-ins");
  await expect(checkIns.getByRole("row", { name: new RegExp(third.label) })).toContainText("1,200");
  await expect(checkIns.getByRole("row", { name: new RegExp(third.label) })).toContainText("First month");
  await expect(checkIns.getByRole("row", { name: new RegExp(second.label) })).toContainText("1,250");
  await expect(checkIns.getByRole("row", { name: new RegExp(first.label) })).toContainText("1,350");

  // The same file a second time: every row unchanged, nothing to import.
  await page.getByRole("link", { name: "Import values" }).click();
  await chooseFile(page, "revenue-fixed.csv", ["kpi,date,value,comment", `MRR,${third.date},1200,First month`, `MRR,${second.date},1250,`, `Monthly recurring revenue,${first.date},1350,Best so far`]);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Every row matches the stored values: nothing to import." })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Unchanged (3)" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
});

test("a file that is not UTF-8 or has unknown columns is refused as a whole, with how to fix it", async ({ page }) => {
  const founder = newFounder("ImportFiles");
  await signUp(page, founder);
  await page.goto(`/${founder.slug}/kpis`);
  await page.getByRole("link", { name: "Import values" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import values" })).toBeVisible();
  const file = page.getByLabel("File", { exact: true });

  await file.setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([...Buffer.from("kpi,date,value,comment\nMRR,2026-01-01,1,caf"), 0xe9, 0x0a]) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(file).toHaveAccessibleDescription(/not UTF-8 text.*Save it as “CSV UTF-8”/);

  await file.setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from("kpi,date,amount,target\nMRR,2026-01-01,1,2\n") });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(file).toHaveAccessibleDescription(/Unknown column “target”\. The columns Tally reads are kpi/);
  await expect(page.getByRole("heading", { name: "No file checked yet" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel template" }).click();
  expect((await download).suggestedFilename()).toBe("tally-import-template.xlsx");
});
