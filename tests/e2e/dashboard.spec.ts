import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";

const DEMO_PASSWORD = "tally-demo-2026";

test("a manager lands on My KPIs and sees what is overdue, due and changed, each with its trend", async ({ page }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);
  await expect(page.getByRole("heading", { level: 1, name: "My KPIs" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Organization" });
  await expect(nav.getByRole("link", { name: "My KPIs" })).toHaveAttribute("aria-current", "page");

  // The manager owns Inventory turnover, overdue in the demo: its missing period and since when are named.
  const overdue = page.getByRole("list", { name: /^Overdue/ });
  const inventory = overdue.getByRole("listitem").filter({ hasText: "Inventory turnover" });
  await expect(inventory).toContainText(/No value for Q\d \d{4}, due since/);
  await expect(page.getByRole("heading", { name: /^Due now/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Changed since/ })).toBeVisible();

  // Every row of the table names its latest value's period and draws its trend.
  const table = page.getByRole("table", { name: /The KPIs you own or contribute to/ });
  const revenueRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Monthly recurring revenue" }) });
  await expect(revenueRow).toContainText(/€[\d,]+ for \w{3} \d{4}/);
  await expect(revenueRow.getByRole("img", { name: /^Trend over \d+ values/ })).toBeVisible();
  await expect(revenueRow).toContainText("Owner");

  // The overview is one click away, and an admin still starts there.
  await nav.getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/acme$/);
});

test("the admin's dashboard draws twelve months of statuses with their numbers and counts match the lists they open", async ({ page }) => {
  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);

  // The chart is drawn with data, and says in words and numbers what it shows.
  const history = page.getByRole("figure", { name: "Status over the last 12 months" });
  await expect(history.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByText(/^On track: \d+% of KPIs in \w{3} \d{4}, \d+% in \w{3} \d{4} \(/)).toBeVisible();
  await history.getByText("Show the numbers").click();
  const numbers = history.getByRole("table", { name: "KPIs in each status at the end of each month" });
  await expect(numbers.getByRole("row")).toHaveCount(13);

  // Each status tile says how it moved since the end of last month.
  await expect(page.getByRole("region", { name: "KPIs by status" }).getByText(/ since /).first()).toBeVisible();

  // What needs attention says why, naming the value's period.
  const attention = page.getByRole("list", { name: "Needs attention" });
  await expect(attention.getByRole("listitem").first()).toContainText("Off track");
  await expect(attention.getByRole("listitem").filter({ hasText: "Inventory turnover" })).toContainText(/No value for Q\d \d{4}, due since/);
  await expect(attention.getByRole("listitem").filter({ hasText: "Customer satisfaction (CSAT)" })).toContainText(/\w{3} \d{4}: [\d.]+% is below the warning 89(\.0)?%/);
  await expect(page.getByRole("list", { name: "Recent check-ins" }).getByRole("listitem").first()).toContainText(/ for /);

  // A matrix cell opens the list filtered by its category and status, holding exactly as many KPIs.
  const matrix = page.getByRole("table", { name: "By category and status" });
  const cell = matrix.getByRole("link", { name: /^\d+ Customer Off track$/ });
  const count = Number((await cell.textContent())?.trim());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/acme\/kpis\?category=customer&status=off_track$/);
  await expect(page.getByRole("table").getByRole("row").filter({ has: page.locator("td") })).toHaveCount(count);
  await expect(page.getByText(new RegExp(`of ${count}$`))).toBeVisible();
});
