import { describe, expect, it } from "vitest";
import { isoDateSchema, optionalIsoDateSchema } from "./date-schema";

describe("isoDateSchema", () => {
  it("accepts real dates, trimmed", () => {
    expect(isoDateSchema.parse(" 2024-02-29 ")).toBe("2024-02-29");
    expect(isoDateSchema.parse("1900-01-01")).toBe("1900-01-01");
    expect(isoDateSchema.parse("2999-12-31")).toBe("2999-12-31");
  });

  it.each([
    ["2025-02-29", "Enter a date like 2026-03-12."],
    ["2026-02-30", "Enter a date like 2026-03-12."],
    ["12/03/2026", "Enter a date like 2026-03-12."],
    ["", "Enter a date like 2026-03-12."],
    ["1899-12-31", "Use a date between 1900 and 2999."],
    ["3000-01-01", "Use a date between 1900 and 2999."],
  ])("refuses %j", (input, message) => {
    expect(isoDateSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe("optionalIsoDateSchema", () => {
  it.each([[""], [" "], [null], [undefined]])("reads %j as no date", (input) => {
    expect(optionalIsoDateSchema.parse(input)).toBeNull();
  });

  it("validates a date", () => {
    expect(optionalIsoDateSchema.parse("2026-12-31")).toBe("2026-12-31");
    expect(optionalIsoDateSchema.safeParse("2026-13-01").success).toBe(false);
  });
});
