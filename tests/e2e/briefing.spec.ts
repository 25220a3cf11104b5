import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { newFounder, signUp, type Founder } from "./support/flows";
import { expectToast } from "./support/toasts";

async function createKpi(page: Page, founder: Founder, name: string, target: string): Promise<void> {
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Category").selectOption({ label: "Sales" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill(target);
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function recordValue(page: Page, value: string): Promise<void> {
  const form = page.getByRole("form", { name: "Record a value" });
  await form.getByLabel("Value", { exact: true }).fill(value);
  await form.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, "Recorded");
}

/** The text of every page of a PDF, as a reader's copy and paste would give it. */
async function pdfTextOf(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

test("the overview's briefing downloads as a PDF with every KPI's name, and opens as a print view", async ({ page }) => {
  const founder = newFounder("briefing");
  await signUp(page, founder);
  await createKpi(page, founder, "Qualified leads", "50");
  await recordValue(page, "20");
  await createKpi(page, founder, "Churned accounts", "5");

  await page.goto(`/${founder.slug}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toMatch(/-briefing-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = await pdfTextOf(bytes);
  expect(text).toContain("Qualified leads");
  expect(text).toContain("Churned accounts");
  expect(text).toContain("Summary");
  expect(text).toContain("Off track");

  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Briefing: / })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Qualified leads" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Churned accounts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});
