import { expect, test } from "@playwright/test";
import { newFounder, PASSWORD, signIn, signOut, signUp } from "./support/flows";

test("an organization signs up, signs out, is refused a wrong password, signs back in and reaches its shell", async ({ page }) => {
  const founder = newFounder("Alpha");
  await signUp(page, founder);

  const nav = page.getByRole("navigation", { name: "Organization" });
  for (const item of ["Overview", "My KPIs", "KPIs", "Objectives", "Teams", "Members", "Settings"]) {
    await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
  }

  await signOut(page);
  await page.goto(`/${founder.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await page.getByLabel("Email").fill(founder.email);
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${founder.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: founder.orgName })).toBeVisible();
});

test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
  await signIn(page, "nobody-here@unknown.test", "some password or other");
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
});

test("a second organization cannot reach the first one, through pages or the API", async ({ browser }) => {
  const alphaContext = await browser.newContext();
  const betaContext = await browser.newContext();
  const alphaPage = await alphaContext.newPage();
  const betaPage = await betaContext.newPage();
  const alpha = newFounder("Alpha");
  const beta = newFounder("Beta");
  await signUp(alphaPage, alpha);
  await signUp(betaPage, beta);

  for (const path of ["", "/kpis", "/objectives", "/teams", "/members", "/settings"]) {
    const response = await betaPage.goto(`/${alpha.slug}${path}`);
    expect(response?.status(), `/${alpha.slug}${path}`).toBe(404);
    await expect(betaPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(betaPage.getByText(alpha.orgName)).toHaveCount(0);
  }

  const input = encodeURIComponent(JSON.stringify({ json: { orgSlug: alpha.slug } }));
  const read = await betaPage.request.get(`/api/trpc/organization.current?input=${input}`);
  expect(read.status()).toBe(404);
  expect(await read.text()).not.toContain(alpha.orgName);

  const write = await betaPage.request.post("/api/trpc/organization.updateSettings", {
    data: { json: { orgSlug: alpha.slug, name: "Taken over" } },
    headers: { origin: `http://127.0.0.1:${new URL(betaPage.url()).port}` },
  });
  expect(write.status()).toBe(404);

  await alphaPage.goto(`/${alpha.slug}/settings`);
  await expect(alphaPage.getByLabel("Organization name")).toHaveValue(alpha.orgName);

  const own = await alphaPage.request.get(`/api/trpc/organization.current?input=${input}`);
  expect(own.status()).toBe(200);
  await alphaContext.close();
  await betaContext.close();
});
