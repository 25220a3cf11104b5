import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newFounder, signIn, signUp } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The WCAG 2.2 AA violations of the page as it is now, a dialog included. The toaster is left out: two stacked
 * confirmations overlap their close buttons until hovered, which is the toaster's matter, not the list's.
 */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).exclude("[data-sonner-toaster]").analyze();
  return results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) }));
}
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Oct 2026": the month `monthsBack` months before this one, in UTC as the server counts. */
function monthBack(monthsBack: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The first day of the month `monthsBack` months before this one, "YYYY-MM-DD". */
function firstOfMonthBack(monthsBack: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
}

test("a member adds the change columns, saves the list as a view and applies it again after a reload", async ({ page }) => {
  // A long walk with three accessibility checks on a list of every demo KPI.
  test.slow();
  await signIn(page, "lead@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme(\/|$)/);
  await page.goto("/acme/kpis");
  await expect(page.getByRole("heading", { level: 1, name: "KPIs" })).toBeVisible();
  const table = page.getByRole("table");
  // The latest value says which period it is for.
  await expect(table.getByRole("row", { name: "Revenue", exact: true })).toContainText(monthBack(1));

  await page.getByRole("button", { name: "Columns" }).click();
  const picker = page.getByRole("dialog", { name: "Columns of the KPI list" });
  await picker.getByLabel("Δ previous period").check();
  await picker.getByLabel("Δ same period last year").check();
  await picker.getByLabel("Forecast for the current period").check();
  await picker.getByLabel("Signal or noise").check();
  await picker.getByLabel("Trend").uncheck();
  expect(await violations(page)).toEqual([]);
  await picker.getByRole("button", { name: "Save columns" }).click();
  await expectToast(page, "Columns saved.");
  await expect(picker).toBeHidden();
  await expect(table.getByRole("columnheader", { name: "Δ previous period" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Δ a year before" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Trend" })).toHaveCount(0);
  const revenue = table.getByRole("row", { name: "Revenue", exact: true });
  await expect(revenue).toContainText(`vs ${monthBack(2)}`);
  await expect(revenue).toContainText(`vs ${monthBack(13)}`);
  // Two years of values: enough for a forecast verdict and a verdict on signal or noise.
  await expect(revenue.getByText(/^(Likely to meet|Likely to miss|Too close to call)$/)).toBeVisible();
  await expect(revenue.getByText(/^(Routine variation|Signal: .+)$/)).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByLabel("Status").selectOption({ label: "Off track" });
  await expect(page).toHaveURL(/status=off_track/);
  await page.getByRole("button", { name: "Save view" }).click();
  const naming = page.getByRole("dialog", { name: "Save this view" });
  await naming.getByLabel("View name").fill("Off track with changes");
  await naming.getByRole("button", { name: "Save view" }).click();
  await expectToast(page, "View “Off track with changes” saved.");
  const apply = page.getByRole("button", { name: "Apply view Off track with changes" });
  await expect(apply).toHaveAttribute("aria-pressed", "true");
  expect(await violations(page)).toEqual([]);

  // A second view by the same name is refused beside the name.
  await page.getByRole("button", { name: "Save view" }).click();
  await naming.getByLabel("View name").fill("Off track with changes");
  await naming.getByRole("button", { name: "Save view" }).click();
  await expect(naming.getByText("You already have a view with this name. Choose another.")).toBeVisible();
  await page.keyboard.press("Escape");

  // Back to the whole list with the usual columns, then a fresh load of the page.
  await page.getByRole("button", { name: "Columns" }).click();
  await picker.getByLabel("Δ previous period").uncheck();
  await picker.getByLabel("Δ same period last year").uncheck();
  await picker.getByLabel("Forecast for the current period").uncheck();
  await picker.getByLabel("Signal or noise").uncheck();
  await picker.getByLabel("Trend").check();
  await picker.getByRole("button", { name: "Save columns" }).click();
  await expect(picker).toBeHidden();
  await page.goto("/acme/kpis");
  await page.reload();
  await expect(table.getByRole("columnheader", { name: "Δ previous period" })).toHaveCount(0);
  await expect(apply).toHaveAttribute("aria-pressed", "false");

  await apply.click();
  await expect(page).toHaveURL(/status=off_track/);
  await expect(table.getByRole("columnheader", { name: "Δ previous period" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Trend" })).toHaveCount(0);
  await expect(apply).toHaveAttribute("aria-pressed", "true");
  await expect(table.getByRole("row").filter({ has: page.locator("td") }).first()).toContainText("Off track");
});

test("the Due page offers each missing month of a KPI and saves them together", async ({ page }) => {
  const founder = newFounder("Gaps");
  await signUp(page, founder);
  // A KPI that started last month and has no value yet: last month and this month both wait for one.
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Tickets closed");
  await form.getByLabel("Category").selectOption({ label: "Operational" });
  await form.getByLabel("Cadence").selectOption({ label: "Monthly" });
  await form.getByLabel("Start date").fill(firstOfMonthBack(1));
  const target = form.getByRole("group", { name: "Target 1" });
  await target.getByLabel("Effective from").fill(firstOfMonthBack(1));
  await target.getByLabel("Target", { exact: true }).fill("100");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tickets closed" })).toBeVisible();

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Due" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Due" })).toBeVisible();
  const rows = page.getByRole("row", { name: /^Tickets closed, / });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAccessibleName(`Tickets closed, ${monthBack(0)}`);
  await expect(rows.nth(1)).toHaveAccessibleName(`Tickets closed, ${monthBack(1)}`);

  await page.getByLabel(`Value of Tickets closed for ${monthBack(0)}`).fill("38");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Half the month so far");
  await page.keyboard.press("Tab");
  await page.keyboard.type("112");
  await page.getByRole("button", { name: "Save values" }).click();
  await expectToast(page, "2 values saved.");
  await expect(page.getByRole("heading", { level: 2, name: "You are up to date" })).toBeVisible();
  await expect(rows).toHaveCount(0);

  // The list shows the newest value with its month beside it.
  await page.goto(`/${founder.slug}/kpis?search=Tickets+closed`);
  await expect(page.getByRole("table").getByRole("row", { name: "Tickets closed", exact: true })).toContainText(monthBack(0));
});
