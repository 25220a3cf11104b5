import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it.each([
    ["/acme/settings", "/acme/settings"],
    [null, "/organizations"],
    ["", "/organizations"],
    ["https://evil.example/", "/organizations"],
    ["//evil.example/", "/organizations"],
    ["/\\evil.example", "/organizations"],
    ["javascript:alert(1)", "/organizations"],
  ])("%s → %s", (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });
});
