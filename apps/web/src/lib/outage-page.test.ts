import { describe, expect, it } from "vitest";
import { isNavigationFetch, isPageRequest, isSignInRequest, outagePage } from "./outage-page";

describe("isPageRequest", () => {
  it("is true for a browser navigating to a page", () => {
    expect(isPageRequest(new Request("http://tally.test/acme/kpis", { headers: { "sec-fetch-dest": "document" } }))).toBe(true);
    expect(isPageRequest(new Request("http://tally.test/acme", { headers: { accept: "text/html,application/xhtml+xml" } }))).toBe(true);
  });

  it("is false for API calls, assets, scripts and writes", () => {
    expect(isPageRequest(new Request("http://tally.test/api/trpc/kpi.list", { headers: { accept: "text/html" } }))).toBe(false);
    expect(isPageRequest(new Request("http://tally.test/_next/static/chunk.js", { headers: { accept: "text/html" } }))).toBe(false);
    expect(isPageRequest(new Request("http://tally.test/acme", { headers: { "sec-fetch-dest": "script" } }))).toBe(false);
    expect(isPageRequest(new Request("http://tally.test/acme", { method: "POST", headers: { "sec-fetch-dest": "document" } }))).toBe(false);
  });
});

describe("isNavigationFetch", () => {
  it("is true for the router fetching a page's server components", () => {
    expect(isNavigationFetch(new Request("http://tally.test/acme/kpis", { headers: { rsc: "1" } }))).toBe(true);
  });

  it("is false for a server action, an API call and a plain fetch", () => {
    expect(isNavigationFetch(new Request("http://tally.test/sign-in", { method: "POST", headers: { rsc: "1", "next-action": "abc" } }))).toBe(false);
    expect(isNavigationFetch(new Request("http://tally.test/api/trpc/kpi.list", { headers: { rsc: "1" } }))).toBe(false);
    expect(isNavigationFetch(new Request("http://tally.test/acme/kpis"))).toBe(false);
  });
});

describe("isSignInRequest", () => {
  it("is true for a password sign-in and false for reading the session", () => {
    expect(isSignInRequest(new Request("http://tally.test/api/auth/callback/credentials", { method: "POST" }))).toBe(true);
    expect(isSignInRequest(new Request("http://tally.test/api/auth/session"))).toBe(false);
    expect(isSignInRequest(new Request("http://tally.test/api/auth/signout", { method: "POST" }))).toBe(false);
  });
});

describe("outagePage", () => {
  it("reloads itself and says what is happening", () => {
    expect(outagePage()).toContain('http-equiv="refresh" content="5"');
    expect(outagePage()).toContain("reconnecting to its database");
  });
});
