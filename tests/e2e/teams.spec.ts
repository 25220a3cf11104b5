import { expect, test, type Page } from "@playwright/test";
import { newFounder, signUp, type Founder } from "./support/flows";
import { expectToast } from "./support/toasts";

async function openTeams(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
}

async function createTeam(page: Page, name: string, kind: "Department" | "Project"): Promise<void> {
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("radio", { name: kind, exact: true }).check();
  await page.getByLabel("Team name").press("Enter");
  await expectToast(page, `${name} was created.`);
  await expect(page.getByLabel("Team name")).toBeFocused();
}

function memberOption(founder: Founder): string {
  return `${founder.name} (Admin) · ${founder.email}`;
}

test("an admin creates, renames and deletes departments and projects", async ({ page }) => {
  const founder = newFounder("Teams");
  await signUp(page, founder);
  await openTeams(page);
  await expect(page.getByRole("heading", { name: "No teams yet" })).toBeVisible();

  const name = page.getByLabel("Team name");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(name).toHaveAccessibleDescription("Use at least 2 characters.");

  await createTeam(page, "Finance", "Department");
  await expect(page.getByRole("heading", { name: "No teams yet" })).toBeHidden();
  const departments = page.getByRole("region", { name: /^Departments/ });
  const projects = page.getByRole("region", { name: /^Projects/ });
  await expect(departments.getByRole("listitem", { name: "Finance" })).toContainText("0 members · No lead yet");
  await expect(projects.getByText("No projects yet.")).toBeVisible();

  await createTeam(page, "Website relaunch", "Project");
  await expect(projects.getByRole("listitem", { name: "Website relaunch" })).toBeVisible();

  await name.fill("  finance ");
  await page.getByRole("radio", { name: "Department", exact: true }).check();
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(name).toHaveAccessibleDescription("A team with this name already exists. Choose another name.");

  await page.getByRole("button", { name: "Rename Finance" }).click();
  const newName = page.getByLabel("New name");
  await expect(newName).toBeFocused();
  await newName.fill("Finance & Accounting");
  await newName.press("Enter");
  await expect(departments.getByRole("listitem", { name: "Finance & Accounting" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename Finance & Accounting" })).toBeFocused();
  await expectToast(page, "Finance was renamed to Finance & Accounting.");

  await page.getByRole("button", { name: "Delete Website relaunch" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete Website relaunch?" });
  await expect(dialog).toContainText("Nobody is in this team yet. This cannot be undone.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(projects.getByRole("listitem", { name: "Website relaunch" })).toBeVisible();

  await page.getByRole("button", { name: "Delete Website relaunch" }).click();
  await dialog.getByRole("button", { name: "Delete team" }).click();
  await expect(dialog).toBeHidden();
  await expect(projects.getByText("No projects yet.")).toBeVisible();
  await expectToast(page, "Website relaunch was deleted.");
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeFocused();
  await expect(departments.getByRole("listitem", { name: "Finance & Accounting" })).toBeVisible();
});

test("an admin adds themselves to a department, leads it, and deletes it from its page", async ({ page }) => {
  const founder = newFounder("Leads");
  await signUp(page, founder);
  await openTeams(page);
  await createTeam(page, "Operations", "Department");
  await page.getByRole("link", { name: "Operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Operations" })).toBeVisible();
  await expect(page.getByText("No one is in Operations yet.")).toBeVisible();

  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByLabel("Member to add")).toHaveAccessibleDescription("Choose a member to add.");
  await page.getByLabel("Member to add").selectOption({ label: memberOption(founder) });
  await page.getByRole("button", { name: "Add to team" }).click();
  const row = page.getByRole("row", { name: new RegExp(founder.name) });
  await expect(row).toBeVisible();
  await expectToast(page, `${founder.name} was added to Operations.`);
  await expect(page.getByText("Every active member of the organization is already in Operations.")).toBeVisible();

  await row.getByRole("checkbox", { name: `${founder.name} leads the team` }).check();
  await expect(row.getByRole("checkbox", { name: `${founder.name} leads the team` })).toBeChecked();
  await expectToast(page, `${founder.name} now leads the team.`);
  await page.getByRole("link", { name: "All teams" }).click();
  await expect(page.getByRole("listitem", { name: "Operations" })).toContainText(`1 member · Lead: ${founder.name}`);

  await page.getByRole("link", { name: "Operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Operations" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Operations" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete Operations?" });
  await expect(confirm).toContainText("Its one member leaves the team but stays in the organization");
  await confirm.getByRole("button", { name: "Delete team" }).click();
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}/teams$`));
  await expect(page.getByRole("heading", { name: "No teams yet" })).toBeVisible();
});
