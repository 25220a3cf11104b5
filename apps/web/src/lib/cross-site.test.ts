import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./cross-site";

function request(method: string, headers: Record<string, string>) {
  return { method, headers: new Headers(headers), nextUrl: { host: "tally.example" } };
}

describe("isCrossSiteMutation", () => {
  it.each([
    ["GET from another site", "GET", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, false],
    ["POST from the same origin", "POST", { "sec-fetch-site": "same-origin", origin: "https://tally.example" }, false],
    ["POST typed into the address bar", "POST", { "sec-fetch-site": "none" }, false],
    ["POST from another site", "POST", { "sec-fetch-site": "cross-site" }, true],
    ["POST from a sibling subdomain", "POST", { "sec-fetch-site": "same-site" }, true],
    ["POST with only a foreign Origin", "POST", { origin: "https://evil.example", host: "tally.example" }, true],
    ["POST with a matching Origin", "POST", { origin: "https://tally.example", host: "tally.example" }, false],
    ["POST behind a proxy with a matching forwarded host", "POST", { origin: "https://tally.example", host: "10.0.0.5:3000", "x-forwarded-host": "tally.example" }, false],
    ["POST with a malformed Origin", "POST", { origin: "not a url", host: "tally.example" }, true],
    ["POST from a non-browser client", "POST", {}, false],
    ["DELETE from another site", "DELETE", { "sec-fetch-site": "cross-site" }, true],
  ])("%s → %s", (_label, method, headers, refused) => {
    expect(isCrossSiteMutation(request(method, headers))).toBe(refused);
  });
});
