import { expect, test } from "@playwright/test";
import { newFounder, signIn, signOut, signUp } from "./support/flows";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/health", "/api/trpc/auth.slugAvailability?input=%7B%22json%22%3A%7B%22slug%22%3A%22abc%22%7D%7D"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    // Served over plain http here, so no HSTS.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("health answers while the process lives, and readiness while the database answers", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("a mutation started by another site is refused", async ({ request }) => {
  const founder = newFounder("Csrf");
  const body = { json: { ...founder, orgSlug: founder.slug, slug: undefined } };
  const fromElsewhere = await request.post("/api/trpc/auth.signUp", {
    data: body,
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(fromElsewhere.status()).toBe(403);
  const noFetchMetadata = await request.post("/api/trpc/auth.signUp", { data: body, headers: { origin: "https://evil.example" } });
  expect(noFetchMetadata.status()).toBe(403);
});

test("signing out ends the session even for a copied cookie", async ({ page, browser }) => {
  const founder = newFounder("Copy");
  await signUp(page, founder);
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await signOut(page);

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const thiefPage = await thief.newPage();
  await thiefPage.goto(`/${founder.slug}`);
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  const input = encodeURIComponent(JSON.stringify({ json: { orgSlug: founder.slug } }));
  expect((await thiefPage.request.get(`/api/trpc/organization.current?input=${input}`)).status()).toBe(401);
  await thief.close();
});

test("no address a visitor can type makes a page fail: hostile filters, ids and dates answer 200 or 404", async ({ page }) => {
  await signIn(page, "admin@acme.test", "tally-demo-2026");
  await expect(page).toHaveURL(/\/acme$/);
  const hostile = [
    "/acme/kpis?search=%00",
    "/acme/kpis?search=a%00b&page=99999999999",
    "/acme/kpis?owner=%00&team=%EF%BF%BF&category=%00",
    "/acme/audit?from=2026-13-45",
    "/acme/audit?from=0000-01-01&to=2026-01-01",
    "/acme/audit?actor=%00&page=-5",
    "/acme/members?search=%00&page=1e309",
    "/acme/kpis/%00",
    "/acme/kpis/abc%00def/edit",
    "/acme/teams/%00",
    "/acme%00/kpis",
    "/acme/kpis/new?template=%00",
    "/invite/%00",
    "/reset-password/%00",
    "/sign-in?callbackUrl=%00",
  ];
  for (const path of hostile) {
    const response = await page.goto(path);
    expect([200, 404], path).toContain(response?.status());
  }
});
