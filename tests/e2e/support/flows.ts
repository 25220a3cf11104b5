import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a calm blue lake at dawn";

export interface Founder {
  orgName: string;
  slug: string;
  name: string;
  email: string;
  password: string;
}

let sequence = 0;
export function newFounder(label: string): Founder {
  sequence += 1;
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}${sequence}`;
  return {
    orgName: `${label} ${tag}`,
    slug: `${label.toLowerCase()}-${tag}`,
    name: `${label} Founder`,
    email: `founder-${tag}@${label.toLowerCase()}.test`,
    password: PASSWORD,
  };
}

export async function fillSignUp(page: Page, founder: Founder): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Organization name").fill(founder.orgName);
  await page.getByLabel("Address").fill(founder.slug);
  await page.getByLabel("Your name").fill(founder.name);
  await page.getByLabel("Work email").fill(founder.email);
  await page.getByLabel("Password").fill(founder.password);
}

/** Signs up through the form and waits for the new organization's shell. */
export async function signUp(page: Page, founder: Founder): Promise<void> {
  await fillSignUp(page, founder);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: founder.orgName })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
}
