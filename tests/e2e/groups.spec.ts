import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";
const REVENUE_OBJECTIVE = "Grow recurring revenue 20% this year";

test("an executive reads a department's KPIs and health, then reweighs an objective's KPI and sees its roll-up move", async ({ page }) => {
  await signIn(page, "executive@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/, { timeout: 30_000 });

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Teams" }).click();
  await page.getByRole("link", { name: "Sales", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sales" })).toBeVisible();
  await expect(page).toHaveTitle("Sales · Tally");
  const kpis = page.getByRole("region", { name: "KPIs", exact: true });
  const mrr = kpis.getByRole("row", { name: "Monthly recurring revenue" });
  await expect(mrr.getByRole("link", { name: "Monthly recurring revenue" })).toBeVisible();
  // The latest value stands with the period it belongs to.
  await expect(mrr).toContainText(/€[\d,]+\s*[A-Z][a-z]{2} \d{4}/);
  await expect(mrr.getByRole("img", { name: /^Trend over \d+ values/ })).toBeVisible();
  const byStatus = kpis.getByRole("list", { name: "KPIs of Sales by status" });
  await expect(byStatus.getByRole("link")).toHaveCount(5);
  const onTrackLink = byStatus.getByRole("link", { name: /On track/ });
  const onTrackCount = Number((await onTrackLink.locator("span").first().textContent()) ?? "NaN");

  const health = page.getByRole("region", { name: "Health over time" });
  await expect(health.getByRole("figure")).toBeVisible();
  await expect(health.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(health.getByRole("figure")).toContainText(/KPIs on track in/);

  // A count opens the KPI list filtered to exactly the KPIs it counted.
  await onTrackLink.click();
  await expect(page).toHaveURL(/\/acme\/kpis\?.*status=on_track/);
  await expect(page.getByRole("table").getByRole("row").filter({ has: page.getByRole("link") })).toHaveCount(onTrackCount);

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Objectives" }).click();
  await page.getByRole("link", { name: REVENUE_OBJECTIVE }).click();
  await expect(page.getByRole("heading", { level: 1, name: REVENUE_OBJECTIVE })).toBeVisible();
  await expect(page).toHaveTitle(`${REVENUE_OBJECTIVE} · Tally`);
  await expect(page.getByRole("heading", { name: "Weighted roll-up" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Health over time" }).locator(".recharts-bar-rectangle").first()).toBeVisible();

  const onTrack = page.getByTestId("rollup-on-track");
  const before = await onTrack.textContent();
  const revenue = page.getByRole("row", { name: "Revenue", exact: true });
  const weight = revenue.getByRole("textbox", { name: "Weight of Revenue" });
  const next = (await weight.inputValue()) === "6" ? "1" : "6";

  await weight.fill("0");
  await revenue.getByRole("button", { name: "Save" }).click();
  await expect(weight).toHaveAttribute("aria-invalid", "true");
  await expect(weight).toHaveAccessibleDescription(/more than 0/);

  await weight.fill(next);
  await revenue.getByRole("button", { name: "Save" }).click();
  await expectToast(page, `Revenue now weighs ${next}.`);
  await expect(weight).not.toHaveAttribute("aria-invalid", "true");
  await expect(onTrack).not.toHaveText(before ?? "");
  await expect(weight).toHaveValue(next);
  await expect(revenue).toContainText(next === "6" ? /[1-9]\d% of the weight/ : /\d+% of the weight/);
});

test("a viewer reads an objective's weights but cannot change them", async ({ page }) => {
  await signIn(page, "viewer@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/, { timeout: 30_000 });
  await page.goto("/acme/objectives");
  await page.getByRole("link", { name: REVENUE_OBJECTIVE }).click();
  await expect(page.getByRole("heading", { level: 1, name: REVENUE_OBJECTIVE })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Weight" })).toBeVisible();
  await expect(page.getByRole("row", { name: "Revenue", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Weight of/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
});
