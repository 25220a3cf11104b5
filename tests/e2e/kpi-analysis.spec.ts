import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/flows";

const DEMO_PASSWORD = "tally-demo-2026";
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function openKpi(page: Page, name: string): Promise<void> {
  await page.goto(`/acme/kpis?search=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a KPI page forecasts its values, tells signal from noise and compares with earlier periods", async ({ page }) => {
  await signIn(page, "executive@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await openKpi(page, "Revenue");

  // The forecast sentence and the method behind it on focus.
  await expect(page.getByTestId("forecast-sentence")).toHaveText(/^At this pace .+ by .+ \(target ≥ .+\): (likely to meet|likely to miss|too close to call)$/);
  await page.getByRole("button", { name: "How the forecast is made" }).hover();
  await expect(page.getByRole("tooltip").first()).toContainText("Least-squares line through the last 12 values");

  // The values chart draws the values and the dashed forecast, and says what its marks are.
  const chart = page.getByRole("tabpanel", { name: "Values over time" });
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator('.recharts-line-curve[stroke-dasharray="4 3"]')).toBeVisible();
  expect(await chart.locator(".recharts-line-curve").count()).toBeGreaterThan(1);
  await expect(chart.getByRole("list", { name: "Legend" })).toContainText("Forecast with its 80 % band");
  await expect(chart.getByTestId("chart-notes")).toContainText("Latest figure from the monthly review.");

  // Change against the previous period and the same period last year sit beside the latest value.
  const change = page.getByTestId("period-change");
  await expect(change).toContainText("Δ previous period");
  await expect(change).toContainText("Δ same period last year");

  // The signal verdict stays in view; its tab draws the process behaviour chart.
  await expect(page.getByTestId("signal-summary")).toHaveText(/^(Routine variation|Signal: .+)\.$/);
  await page.getByRole("tab", { name: "Signal vs noise" }).click();
  const signal = page.getByRole("tabpanel", { name: "Signal vs noise" });
  await expect(signal.getByTestId("signal-verdict")).toHaveText(/^(Routine variation|Signal: .+)\.$/);
  await expect(signal).toContainText(/The natural process limits run from .+ to .+\. The target ≥ .+: (met consistently|missed consistently|hit and miss)\./);
  await expect(signal.locator("svg.recharts-surface").first()).toBeVisible();
  expect(await signal.locator(".recharts-reference-line").count()).toBe(5);
  await expect(signal.getByRole("table", { name: "Values against the natural process limits" })).toBeAttached();

  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("a KPI with fewer than 6 values says it cannot forecast yet", async ({ page }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme/);
  await openKpi(page, "Sales cycle length");
  await expect(page.getByTestId("forecast-sentence")).toHaveText("Cannot forecast yet: a forecast needs at least 6 values and this KPI has 5.");
  await expect(page.getByTestId("signal-summary")).toHaveText("Not enough values yet: telling signal from noise needs at least 6, this KPI has 5.");
});
