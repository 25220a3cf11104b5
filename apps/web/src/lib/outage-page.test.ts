import { describe, expect, it } from "vitest";
import { isPageRequest, outagePage } from "./outage-page";

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

describe("outagePage", () => {
  it("reloads itself and says what is happening", () => {
    expect(outagePage()).toContain('http-equiv="refresh" content="5"');
    expect(outagePage()).toContain("reconnecting to its database");
  });
});
