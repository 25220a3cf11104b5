import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Today in the demo organization's zone, as YYYY-MM-DD. */
function demoToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

test("the overview and a KPI page show a past day with the value it had then, and go back to today", async ({ page }) => {
  test.slow();
  const yesterday = dayBefore(demoToday());
  const [year, month] = demoToday().split("-").map(Number) as [number, number];
  // The demo's newest monthly value is last month's.
  const lastMonth = new Date(Date.UTC(year, month - 2, 1));
  const lastMonthDate = lastMonth.toISOString().slice(0, 10);
  const lastMonthLabel = `${MONTHS[lastMonth.getUTCMonth()]} ${lastMonth.getUTCFullYear()}`;

  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme/);

  // The KPI page as of yesterday: the value it held then.
  await page.goto("/acme/kpis");
  await page.getByRole("link", { name: "Monthly recurring revenue" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Monthly recurring revenue" })).toBeVisible();
  const kpiPath = new URL(page.url()).pathname;
  await page.getByLabel("As of", { exact: true }).fill(yesterday);
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${yesterday}`));
  await expect(page.getByRole("status").filter({ hasText: "Showing this KPI as it stood at the end of" })).toBeVisible();
  const before = (await page.getByTestId("as-of-latest").textContent())!.trim();
  expect(before).not.toBe("No value yet");
  // The past is read-only.
  await expect(page.getByRole("form", { name: "Record a value" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import values" })).toHaveCount(0);

  // Back to today, correct last month's value.
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(new RegExp(`${kpiPath}$`));
  const form = page.getByRole("form", { name: "Record a value" });
  await form.getByLabel("Date", { exact: true }).fill(lastMonthDate);
  await form.getByLabel("Value", { exact: true }).fill("1");
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, `for ${lastMonthLabel}.`);

  // As of yesterday the correction is not there yet: the earlier value shows.
  await page.goto(`${kpiPath}?asOf=${yesterday}`);
  await expect(page.getByTestId("as-of-latest")).toHaveText(before);
  await expect(page.getByRole("cell", { name: "€1", exact: true })).toHaveCount(0);

  // The overview as of yesterday, then back to today.
  await page.goto("/acme");
  await page.getByLabel("As of", { exact: true }).fill(yesterday);
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Showing the overview as it stood at the end of" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create the first KPI" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(/\/acme$/);
  await expect(page.getByText("as it stood at the end of")).toHaveCount(0);

  // A day still to come is refused beside the control.
  await page.goto(`/acme?asOf=2999-01-01`);
  await expect(page.getByRole("alert").filter({ hasText: "is in the future" })).toBeVisible();
});
