import { describe, expect, it } from "vitest";
import { followsKpi } from "./follows";

describe("followsKpi", () => {
  it("follows the member's own choice, whatever their part in the KPI", () => {
    expect(followsKpi(true, false)).toBe(true);
    expect(followsKpi(false, true)).toBe(false);
    expect(followsKpi(true, true)).toBe(true);
    expect(followsKpi(false, false)).toBe(false);
  });

  it("lets owners and contributors follow, and nobody else, until they choose", () => {
    expect(followsKpi(null, true)).toBe(true);
    expect(followsKpi(undefined, true)).toBe(true);
    expect(followsKpi(null, false)).toBe(false);
    expect(followsKpi(undefined, false)).toBe(false);
  });
});
