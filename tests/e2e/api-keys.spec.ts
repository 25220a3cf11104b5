import { expect, test } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";

test("an admin creates an API key, copies its secret, uses it, revokes it, and the same call is refused", async ({ page, context, request }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = `Warehouse sync ${Date.now().toString(36)}`;
  await signIn(page, "admin@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();

  await page.getByRole("button", { name: "New API key" }).click();
  const dialog = page.getByRole("dialog", { name: "New API key" });
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription(/Use at least 2 characters/);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("radio", { name: /Read and record/ }).check();
  await dialog.getByLabel("Expires after (optional)").fill("2020-01-01");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByLabel("Expires after (optional)")).toHaveAccessibleDescription(/Choose a date after today/);
  await dialog.getByLabel("Expires after (optional)").fill("");
  await dialog.getByRole("button", { name: "Create key" }).click();

  const secretDialog = page.getByRole("dialog", { name: `Copy the secret of “${name}”` });
  await expect(secretDialog.getByText("This is the only time you will see this secret")).toBeVisible();
  await expectToast(page, `API key “${name}” created.`);
  await secretDialog.getByRole("button", { name: "Copy" }).click();
  await expect(secretDialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toMatch(/^tly_[A-Za-z0-9_-]{32}$/);
  await expect(secretDialog.getByLabel("Secret")).toHaveValue(secret);
  await secretDialog.getByRole("button", { name: "Done" }).click();
  await expect(secretDialog).toBeHidden();

  const row = page.getByRole("main").getByRole("row", { name });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("Read and record");
  const lastUsed = row.getByRole("cell").nth(4);
  await expect(lastUsed).toHaveText("Never");
  await expect(row).not.toContainText(secret);

  const listed = await request.get("/api/v1/kpis?limit=100", { headers: { Authorization: `Bearer ${secret}` } });
  expect(listed.status()).toBe(200);
  expect(listed.headers()["ratelimit-limit"]).toBeTruthy();
  const body = (await listed.json()) as { data: { name: string }[] };
  expect(body.data.map((kpi) => kpi.name)).toContain("Monthly recurring revenue");

  // The key's first use shows as its last use.
  await page.reload();
  await expect(lastUsed).not.toHaveText("Never");
  await expect(lastUsed).toContainText(/\d/);
  await page.getByRole("main").getByRole("row", { name }).getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expectToast(page, `“${name}” was revoked.`);
  await expect(page.getByRole("main").getByRole("row", { name })).toContainText("Revoked");

  const refused = await request.get("/api/v1/kpis", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(((await refused.json()) as { detail: string }).detail).toMatch(/revoked/);
});

test("a member who is not an admin neither sees nor opens the API keys page", async ({ page }) => {
  await signIn(page, "executive@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage API keys" })).toHaveCount(0);
  await page.goto("/acme/settings/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toHaveCount(0);
  await expect(page.getByText(/could not be found|not found/i).first()).toBeVisible();
});

test("the API reference is served from the OpenAPI document, without signing in", async ({ page, request }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: /Tally API/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "PUT /kpis/{kpiId}/values/{date}" })).toBeVisible();
  await expect(page.locator("#problem-validation-failed")).toContainText("422");
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
