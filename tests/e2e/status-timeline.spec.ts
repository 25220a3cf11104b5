import { expect, test, type Page } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";
import { acceptAsNewPerson, invite, inviteeFor } from "./support/members";
import { expectToast } from "./support/toasts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Today and its month's label, in UTC as the server counts for a new organization. */
function thisMonth(): { date: string; label: string } {
  const now = new Date();
  return { date: now.toISOString().slice(0, 10), label: `${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}` };
}

async function recordValue(page: Page, date: string, value: string, period: string): Promise<void> {
  const form = page.getByRole("form", { name: "Record a value" });
  await form.getByLabel("Date", { exact: true }).fill(date);
  await form.getByLabel("Value", { exact: true }).fill(value);
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, `for ${period}.`);
  await expect(form.getByRole("button", { name: "Save value" })).toBeEnabled();
}

test("a manager records an off-track value and the KPI page explains why; a correction re-derives the explanation", async ({ page, browser }) => {
  test.slow();
  const founder = newFounder("Why");
  await signUp(page, founder);
  const manager = inviteeFor("Manager", founder.slug);
  await invite(page, founder.slug, [manager]);
  const managerPage = await acceptAsNewPerson(browser, manager, founder.orgName);

  // The founder sets up a KPI owned by the manager: target 10, at risk down to 8.
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Tickets solved per agent");
  await form.getByLabel("Category").selectOption({ label: "Customer" });
  await form.getByLabel("Owner").selectOption({ label: `${manager.name} (Manager)` });
  const target = form.getByRole("group", { name: "Target 1" });
  await target.getByLabel("Target", { exact: true }).fill("10");
  await target.getByLabel("Warning").fill("8");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tickets solved per agent" })).toBeVisible();
  const kpiPath = new URL(page.url()).pathname;

  await managerPage.goto(kpiPath);
  const timeline = managerPage.getByRole("region", { name: "Why this status" });
  await expect(timeline).toContainText("No status changes yet.");

  const month = thisMonth();
  await recordValue(managerPage, month.date, "7", month.label);
  const lines = timeline.getByRole("listitem");
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText("Off track");
  await expect(lines.first()).toContainText(`Started off track in ${month.label}: 7 is below the warning 8 (target 10`);
  await expect(lines.first()).toContainText(`Check-in: ${month.label}`);

  // Correcting the value re-derives the line: 9 is below the target but not below the warning.
  await recordValue(managerPage, month.date, "9", month.label);
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText("At risk");
  await expect(lines.first()).toContainText(`Started at risk in ${month.label}: 9 is below the target 10 but not below the warning 8`);

  await managerPage.context().close();
});
