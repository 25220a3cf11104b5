import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";

const DEMO_PASSWORD = "tally-demo-2026";

test("a manager's edit form refuses moving a KPI out of his teams, with the reason beside the team, and saves nothing", async ({ page }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);
  await page.goto("/acme/kpis?search=Inventory+turnover");
  await page.getByRole("table").getByRole("link", { name: "Inventory turnover" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inventory turnover" })).toBeVisible();
  const kpiPath = new URL(page.url()).pathname;

  await page.goto(`${kpiPath}/edit`);
  const form = page.getByRole("form", { name: "Edit KPI" });
  const team = form.getByLabel("Team", { exact: true });
  await expect(team).toHaveValue(/.+/);

  await team.selectOption({ label: "No team" });
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(team).toHaveAccessibleDescription(/Managers keep KPIs in the teams they lead or belong to/);
  await expect(page).toHaveURL(new RegExp(`${kpiPath}/edit$`));

  await team.selectOption({ label: "People · Department" });
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(team).toHaveAccessibleDescription(/Managers keep KPIs in the teams they lead or belong to/);

  await page.goto(kpiPath);
  await expect(page.getByText("Operations (Department)")).toBeVisible();
});
