import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/flows";

const DEMO_PASSWORD = "tally-demo-2026";

test("a KPI flagged for having no action gets one for a colleague, who finds it in My actions and marks it done", async ({ page }) => {
  // Two people, four pages and a dialog: a long walk.
  test.slow();
  const title = `Find the cause of the defects ${Date.now().toString(36)}`;
  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);

  // Defect rate is off track with no open action in the demo: the overview flags it, in words.
  const attention = page.getByRole("list", { name: "Needs attention" });
  const defects = attention.getByRole("listitem").filter({ hasText: "Defect rate" });
  await expect(defects.getByText("No open action addresses this KPI")).toBeAttached();
  await expect(defects.getByText("No action", { exact: true })).toBeVisible();
  await defects.getByRole("link", { name: "Defect rate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Defect rate" })).toBeVisible();

  const card = page.getByRole("region", { name: "Actions", exact: true });
  await expect(card).toContainText("No actions yet");
  await card.getByRole("button", { name: "Add action" }).click();
  const dialog = page.getByRole("dialog", { name: "Add action" });

  // Sent empty, the form says what each field needs, next to it.
  await dialog.getByLabel("Action", { exact: true }).fill("");
  await dialog.getByRole("button", { name: "Add action" }).click();
  await expect(dialog.getByText("Use at least 3 characters.")).toBeVisible();
  await expect(dialog.getByText("Choose an owner.")).toBeVisible();

  await dialog.getByLabel("Action", { exact: true }).fill(title);
  await dialog.getByLabel("Owner").selectOption({ label: "Vera Viewer" });
  await dialog.getByRole("button", { name: "Add action" }).click();
  await expect(dialog).toBeHidden();
  const row = card.getByTestId("action-row").filter({ hasText: title });
  await expect(row).toContainText("Vera Viewer");
  await expect(row).toContainText("Open");

  // The overview no longer flags the KPI.
  await page.goto("/acme");
  await expect(attention.getByRole("listitem").filter({ hasText: "Defect rate" }).getByText("No open action addresses this KPI")).toHaveCount(0);
  await signOut(page);

  // The viewer finds the action in My actions, beside the KPIs they contribute to, and marks it done.
  await signIn(page, "viewer@acme.test", DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "My KPIs" }).click();
  await expect(page).toHaveURL(/\/acme\/my$/);
  const mine = page.getByRole("list", { name: "My open actions" });
  const assigned = mine.getByTestId("action-row").filter({ hasText: title });
  await expect(assigned).toContainText("Defect rate");
  await assigned.getByRole("button", { name: `Mark done: ${title}` }).click();
  await expect(page.getByText(`“${title}” marked done.`)).toBeVisible();
  await expect(mine.getByTestId("action-row").filter({ hasText: title })).toHaveCount(0);

  // On the actions page it is listed as done.
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Actions" }).click();
  await page.getByRole("link", { name: "Done", exact: true }).click();
  await expect(page).toHaveURL(/\/acme\/actions\?status=done$/);
  await expect(page.getByTestId("action-row").filter({ hasText: title })).toContainText("Done");
});
