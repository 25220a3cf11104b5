import { expect, test } from "@playwright/test";
import { newFounder, signUp } from "./support/flows";

test("a KPI gets a short code, shown on its page and in the list, and a second KPI cannot take it", async ({ page }) => {
  const founder = newFounder("Codes");
  await signUp(page, founder);

  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  let form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Monthly recurring revenue");
  await form.getByLabel("Code (optional)").fill("mrr");
  await form.getByLabel("Category").selectOption({ label: "Sales" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Monthly recurring revenue" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^MRR$/ })).toBeVisible();

  await page.goto(`/${founder.slug}/kpis?search=MRR`);
  await expect(page.getByRole("table").getByRole("row", { name: "Monthly recurring revenue" })).toContainText("MRR");

  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Recurring revenue");
  const code = form.getByLabel("Code (optional)");
  await code.fill("1 bad code");
  await form.getByLabel("Category").selectOption({ label: "Sales" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(code).toHaveAccessibleDescription(/starting with a letter, such as MRR/);
  await code.fill("Mrr");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(code).toHaveAccessibleDescription(/Another active KPI already has this code/);
});
