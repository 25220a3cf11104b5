import { describe, expect, it } from "vitest";
import { decimalToLocaleText, parseLocaleDecimal } from "./locale-decimal";

const value = (text: string, locale: string) => {
  const result = parseLocaleDecimal(text, locale);
  return result.ok ? result.value : `problem: ${result.problem}`;
};

describe("parseLocaleDecimal", () => {
  it.each([
    ["89.5", "89.5"],
    ["1,234.5", "1234.5"],
    ["1234.5", "1234.5"],
    ["1,234,567", "1234567"],
    ["-12.25", "-12.25"],
    ["+7", "7"],
    ["−3.5", "-3.5"],
    ["  42 ", "42"],
    ["0.000001", "0.000001"],
  ])("reads %s in en-US as %s", (text, expected) => {
    expect(value(text, "en-US")).toBe(expected);
  });

  it.each([
    ["89,5", "89.5"],
    ["1.234,5", "1234.5"],
    ["1234,5", "1234.5"],
    ["1.234.567", "1234567"],
    ["-0,75", "-0.75"],
  ])("reads %s in de-DE as %s", (text, expected) => {
    expect(value(text, "de-DE")).toBe(expected);
  });

  it.each([
    ["89,5", "89.5"],
    ["1\u202f234,5", "1234.5"],
    ["1\u00a0234,5", "1234.5"],
    ["1 234 567", "1234567"],
    // A point is neither a group nor the decimal mark in French: it can only mean decimals.
    ["89.5", "89.5"],
    ["−12,5", "-12.5"],
  ])("reads %j in fr-FR as %s", (text, expected) => {
    expect(value(text, "fr-FR")).toBe(expected);
  });

  it.each([
    ["89.5", "89.5"],
    ["1,234.5", "1234.5"],
    ["８９．５", "89.5"],
    ["１，２３４", "1234"],
    ["－５", "-5"],
  ])("reads %s in ja-JP as %s", (text, expected) => {
    expect(value(text, "ja-JP")).toBe(expected);
  });

  it("reads India's two-digit groups and Switzerland's apostrophes", () => {
    expect(value("12,34,567.5", "en-IN")).toBe("1234567.5");
    expect(value("1'234.5", "de-CH")).toBe("1234.5");
    expect(value("1’234.5", "de-CH")).toBe("1234.5");
  });

  it("refuses a mix that reads two ways and says which format it expects", () => {
    const result = parseLocaleDecimal("1.234,5", "en-US");
    expect(result).toEqual({ ok: false, problem: expect.stringContaining("mixes separators") });
    expect(result.ok || result.problem).toContain("1,234.5");
    expect(parseLocaleDecimal("1,234.5", "de-DE")).toEqual({ ok: false, problem: expect.stringContaining("1.234,5") });
  });

  it("refuses the other convention's decimal mark where it is the group mark, suggesting the value", () => {
    expect(parseLocaleDecimal("89,5", "en-US")).toEqual({ ok: false, problem: "In this format the decimal mark is a point: write 89.5 for a decimal." });
    expect(parseLocaleDecimal("-89.5", "de-DE")).toEqual({ ok: false, problem: "In this format the decimal mark is a comma: write -89,5 for a decimal." });
  });

  it.each([
    ["", "Enter a number."],
    ["   ", "Enter a number."],
    ["abc", "That is not a number."],
    ["1e5", "That is not a number."],
    ["12.", "That is not a number."],
    ["1.2.3", "more than one decimal mark"],
    ["1,23,4", "is not a number in this format"],
    ["12,3456,789", "is not a number in this format"],
    ["--5", "That is not a number."],
    ["9".repeat(80), "Enter a shorter number."],
  ])("refuses %j in en-US", (text, problem) => {
    expect(parseLocaleDecimal(text, "en-US")).toEqual({ ok: false, problem: expect.stringContaining(problem) });
  });

  it("refuses French grouping that is not by thousands", () => {
    expect(parseLocaleDecimal("12 34,5", "fr-FR").ok).toBe(false);
    expect(parseLocaleDecimal("1.234,5", "fr-FR")).toEqual({ ok: false, problem: expect.stringContaining("mixes separators") });
  });
});

describe("decimalToLocaleText", () => {
  it("writes the locale's decimal mark and no group marks, so the text parses back", () => {
    for (const locale of ["en-US", "de-DE", "fr-FR", "ja-JP"]) {
      const text = decimalToLocaleText("-1234.5", locale);
      expect(parseLocaleDecimal(text, locale)).toEqual({ ok: true, value: "-1234.5" });
    }
    expect(decimalToLocaleText("1234.5", "de-DE")).toBe("1234,5");
    expect(decimalToLocaleText("1234.5", "ja-JP")).toBe("1234.5");
  });
});
