import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";

async function kpiNames(page: Page): Promise<string[]> {
  await page.goto("/acme/kpis");
  await expect(page.getByRole("heading", { level: 1, name: "KPIs" })).toBeVisible();
  return page.getByRole("table").getByRole("row").locator("td:first-child a").allTextContents();
}

test("HR sees every employee KPI, restricted ones included, but not a restricted financial one", async ({ page, browser }) => {
  await signIn(page, "hr@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);
  const names = await kpiNames(page);
  for (const employeeKpi of ["Employee turnover rate", "Absenteeism rate", "Time to hire", "Employee satisfaction index"]) {
    expect(names, employeeKpi).toContain(employeeKpi);
  }
  expect(names).toContain("Revenue");
  expect(names).not.toContain("Gross margin");
  expect(names).not.toContain("Operating cash flow");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@acme.test", DEMO_PASSWORD);
  await expect(admin).toHaveURL(/\/acme$/);
  await admin.goto("/acme/kpis?search=Gross+margin");
  const href = await admin.getByRole("link", { name: "Gross margin" }).getAttribute("href");
  expect(href).toMatch(/^\/acme\/kpis\/\w+$/);
  await admin.context().close();

  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the KPI list filters by status and category on the server", async ({ page }) => {
  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await page.goto("/acme/kpis");
  // A filter applies as soon as it is picked: no Apply button.
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  await page.getByLabel("Status").selectOption({ label: "Overdue" });
  await expect(page).toHaveURL(/status=overdue/);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Revenue", exact: true })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "Inventory turnover" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Time to hire" })).toBeVisible();
  for (const row of await table.getByRole("row").filter({ has: page.locator("td") }).all()) await expect(row).toContainText("Overdue");

  await page.goto("/acme/kpis?category=employee");
  await expect(page.getByRole("table").getByRole("link", { name: "Employee turnover rate" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "Revenue", exact: true })).toHaveCount(0);
});

test("the Due page takes several values from the keyboard and saves them at once", async ({ page }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Due" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Due" })).toBeVisible();
  // Each missing quarter of Sales cycle length is a line of its own, newest first: the current one, then two overdue.
  const sales = page.getByRole("row", { name: /^Sales cycle length, / });
  await expect(sales).toHaveCount(3);
  await expect(sales.nth(1)).toContainText("Overdue");

  const first = page.getByLabel(/^Value of Sales cycle length/).first();
  await first.fill("not a number");
  await first.press("Tab");
  await page.keyboard.type("Checked with finance");
  await page.keyboard.press("Tab");
  await page.keyboard.type("41");
  await page.getByRole("button", { name: "Save values" }).click();
  await expect(page.getByText("Nothing was saved.")).toBeVisible();
  await expect(first).toHaveAttribute("aria-invalid", "true");

  await first.fill("52");
  await page.getByRole("button", { name: "Save values" }).click();
  await expectToast(page, "2 values saved.");
  // The current quarter and the one before it are filled in; the oldest missing one still waits, overdue.
  await expect(sales).toHaveCount(1);
  await expect(sales.first()).toContainText("Overdue");
});

test("the overview counts KPIs by status and leads to what needs attention", async ({ page }) => {
  await signIn(page, "executive@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  const overdue = page.getByRole("link", { name: /^\d+ Overdue$/ });
  await expect(overdue).toBeVisible();
  const attention = page.getByRole("list", { name: "Needs attention" });
  await expect(attention.getByRole("listitem").first()).toContainText("Off track");
  await overdue.click();
  await expect(page).toHaveURL(/\/acme\/kpis\?status=overdue$/);
  await expect(page.getByRole("table").getByRole("link", { name: "Inventory turnover" })).toBeVisible();
});
