import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";

/** Today in the demo organization's zone, as YYYY-MM-DD. */
function demoToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The first day of last month in the demo's calendar: the newest month with values. */
function lastMonthStart(): string {
  const [year, month] = demoToday().split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
}

test("a review of chosen KPIs is run, adjusted, closed, and later shows a corrected value as a restatement; a participant only adds notes", async ({ page, browser }) => {
  // Two people, a start form, two dialogs, a close and a correction: a long walk.
  test.slow();
  const tag = Date.now().toString(36);
  const title = `Cost review ${tag}`;
  const month = lastMonthStart();

  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page).toHaveURL(/\/acme\/reviews$/);
  // The demo's own reviews: the open one is listed before the closed one.
  const rows = page.getByTestId("review-row");
  await expect(rows.filter({ hasText: /^Sales review/ }).first()).toContainText("Open");
  await expect(rows.filter({ hasText: /^Customer review/ }).first()).toContainText("Closed");
  await page.getByRole("link", { name: "Start a review" }).click();

  // Sent empty, the form says what is missing, next to the fields.
  const form = page.getByRole("form", { name: "Start a review" });
  await form.getByRole("button", { name: "Start review" }).click();
  await expect(form.getByText("Enter a title.")).toBeVisible();
  await expect(form.getByText("Choose at least one KPI.")).toBeVisible();

  await form.getByLabel("Title").fill(title);
  await form.getByRole("checkbox", { name: "Cost per lead" }).check();
  await form.getByRole("radio", { name: "A month" }).check();
  await form.getByLabel("Any day of the month").fill(month);
  await form.getByRole("checkbox", { name: "Vera Viewer (Viewer)" }).check();
  await form.getByRole("button", { name: "Start review" }).click();
  await expect(page).toHaveURL(/\/acme\/reviews\/(?!new$)[^/]+$/);
  const reviewPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expect(page.getByText("Ada Admin, Vera Viewer")).toBeVisible();

  const card = page.getByTestId("agenda-item").filter({ has: page.getByRole("heading", { name: "Cost per lead" }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("img", { name: /^(Trend over|One value|No values)/ })).toBeVisible();

  await card.getByLabel("Note on Cost per lead", { exact: true }).fill("Paid search got cheaper after the keyword clean-up.");
  await card.getByRole("button", { name: "Add note" }).click();
  await expectToast(page, "Note added.");
  await expect(card.getByRole("list", { name: "Notes on Cost per lead" })).toContainText("Paid search got cheaper");

  await card.getByLabel("Decision on Cost per lead", { exact: true }).fill("Lower the target from next month.");
  await card.getByRole("button", { name: "Record decision" }).click();
  await expectToast(page, "Decision recorded.");
  await expect(card.getByRole("list", { name: "Decisions on Cost per lead" })).toContainText("Lower the target from next month.");

  // Lower is better here: a warning below the target is refused beside the warning, then a sound one is applied.
  await card.getByRole("button", { name: "Adjust…" }).click();
  const adjust = page.getByRole("dialog", { name: "Adjust Cost per lead" });
  await adjust.getByLabel("Target", { exact: true }).fill("40");
  await adjust.getByLabel("Warning (optional)").fill("30");
  await adjust.getByRole("button", { name: "Apply change" }).click();
  await expect(adjust.getByText("Lower is better here, so the warning must not be below the target.")).toBeVisible();
  await expect(adjust.getByLabel("Warning (optional)")).toHaveAttribute("aria-invalid", "true");
  await adjust.getByLabel("Warning (optional)").fill("48");
  await adjust.getByRole("button", { name: "Apply change" }).click();
  await expect(adjust).toBeHidden();
  await expect(card.getByRole("list", { name: "Adjustments to Cost per lead" })).toContainText("Set target 40, warning 48 for Cost per lead");

  // The participant, on a phone: may add a note, sees no close or adjust controls.
  const viewerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer@acme.test", DEMO_PASSWORD);
  await expect(viewer).toHaveURL(/\/acme/);
  await viewer.goto(reviewPath);
  await expect(viewer.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  const viewerCard = viewer.getByTestId("agenda-item").filter({ has: viewer.getByRole("heading", { name: "Cost per lead" }) });
  await viewerCard.getByLabel("Note on Cost per lead", { exact: true }).fill("The lead form also changed that month.");
  await viewerCard.getByRole("button", { name: "Add note" }).click();
  await expect(viewerCard.getByRole("list", { name: "Notes on Cost per lead" })).toContainText("The lead form also changed");
  await expect(viewer.getByRole("button", { name: "Close review" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Adjust…" })).toHaveCount(0);
  await expect(viewer.getByLabel("Decision on Cost per lead", { exact: true })).toHaveCount(0);
  // Nothing overflows the phone's width.
  expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await viewerContext.close();

  // Closing asks first and says what it does.
  await page.reload();
  await expect(card.getByRole("list", { name: "Notes on Cost per lead" })).toContainText("The lead form also changed");
  await page.getByRole("button", { name: "Close review" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Close this review?" });
  await expect(confirm).toContainText("kept exactly as they stand now");
  await confirm.getByRole("button", { name: "Close review" }).click();
  const banner = page.getByTestId("review-closed-banner");
  await expect(banner).toContainText("by Ada Admin: the figures below are as they stood then");
  await expect(banner.getByRole("link", { name: /See the overview as of/ })).toHaveAttribute("href", /^\/acme\?asOf=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("button", { name: "Close review" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Adjust…" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Agenda/ }).getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "About the review as a whole" }).getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Restatements" })).toContainText("No value of the period has changed since the close.");

  // The briefing pack of the closed review: its PDF has the KPI and the decision, its print view the same.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Briefing PDF" }).click()]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toMatch(/-briefing-review-cost-review-[a-z0-9-]+\.pdf$/);
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)));
  const { text } = await extractText(pdf, { mergePages: true });
  const pdfText = text.replace(/\s+/g, " ");
  expect(pdfText).toContain(`Review: ${title}`);
  expect(pdfText).toContain("Cost per lead");
  expect(pdfText).toContain("Lower the target from next month.");
  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review: ${title}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Lower the target from next month.");
  await page.goto(reviewPath);

  // The KPI link shows it as of the close day; its page today takes a correction of the reviewed month.
  const kpiLink = card.getByRole("link", { name: "Cost per lead" });
  await expect(kpiLink).toHaveAttribute("href", /\/acme\/kpis\/[^/?]+\?asOf=\d{4}-\d{2}-\d{2}$/);
  const kpiPath = (await kpiLink.getAttribute("href"))!.split("?")[0]!;
  await page.goto(kpiPath);
  const corrected = (41 + Math.random()).toFixed(2);
  const record = page.getByRole("form", { name: "Record a value" });
  await record.getByLabel("Date", { exact: true }).fill(month);
  await record.getByLabel("Value", { exact: true }).fill(corrected);
  await record.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, /for \w{3} \d{4}\./);

  await page.goto(reviewPath);
  const restatement = page.getByTestId("restatement").filter({ hasText: "Cost per lead" });
  await expect(restatement).toContainText(`→ €${corrected}`);
  await expect(restatement).toContainText("Corrected by Ada Admin");
});
