import { expect, test } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";
import { expectToast } from "./support/toasts";

/** Today's date in a time zone, as the organization's calendar counts it. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

test("an organization in Auckland that writes numbers the German way reads and types them so everywhere", async ({ page }) => {
  test.slow();
  const founder = newFounder("Formats");
  await signUp(page, founder);

  await page.goto(`/${founder.slug}/settings`);
  const formats = page.getByRole("form", { name: "Currency, formats and calendar" });
  await formats.getByLabel("Default currency").selectOption("EUR");
  await formats.getByLabel("Number and date format").selectOption("de-DE");
  await formats.getByLabel("Time zone").selectOption("Pacific/Auckland");
  await formats.getByRole("button", { name: "Save formats" }).click();
  await expectToast(page, "Settings saved.");
  await page.reload();
  await expect(formats.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
  await expect(formats.getByLabel("Number and date format")).toHaveValue("de-DE");

  // A new KPI starts today on the organization's calendar, whatever the date in UTC.
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await expect(form.getByLabel("Start date")).toHaveValue(todayIn("Pacific/Auckland"));
  await form.getByLabel("Name", { exact: true }).fill("Net promoter score");
  await form.getByLabel("Category").selectOption({ label: "Customer" });
  await form.getByLabel("Decimals").selectOption("1");
  const target = form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true });
  await target.fill("89.5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(target).toHaveAccessibleDescription("In this format the decimal mark is a comma: write 89,5 for a decimal.");
  await target.fill("89,5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Net promoter score" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Current value" });
  await expect(summary).toContainText("89,5");

  const record = page.getByRole("form", { name: "Record a value" });
  await record.getByLabel("Value", { exact: true }).fill("1.234,5");
  await record.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, /Recorded 1\.234,5 for /);
  await expect(summary).toContainText("1.234,5");

  // The chart names the period and writes the numbers as the rest of the page does, in words and in the drawing.
  const thisMonth = new Intl.DateTimeFormat("de-DE", { year: "numeric", month: "short", timeZone: "Pacific/Auckland" }).format(new Date());
  const chart = page.getByRole("figure");
  await expect(chart).toHaveAccessibleName(`Latest: 1.234,5 for ${thisMonth}, target 89,5, on track. 1 value, for ${thisMonth}.`);
  // Values from 0 to 1.250 in steps of 250, and the month above its year under the axis.
  await expect(chart.getByText("1.250", { exact: true })).toBeVisible();
  await expect(chart.getByText(thisMonth.split(/\s/)[0] ?? thisMonth, { exact: true })).toBeVisible();
});
