import { describe, expect, it } from "vitest";
import {
  compareDecimalStrings,
  decimalStringSchema,
  normalizeDecimalString,
  optionalDecimalStringSchema,
  toNumber,
  toNumberOrNull,
} from "./decimal";

function messages(result: { error?: { issues: { message: string }[] } }): string[] | undefined {
  return result.error?.issues.map((issue) => issue.message);
}

describe("decimalStringSchema", () => {
  it.each([
    ["-12", "-12"],
    ["1250", "1250"],
    ["12.5", "12.5"],
    ["0.000001", "0.000001"],
    ["+7", "7"],
    ["  42  ", "42"],
    ["012.50", "12.5"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["999999999999999999.999999", "999999999999999999.999999"],
    ["-999999999999999999.999999", "-999999999999999999.999999"],
    ["1.1000000", "1.1"],
  ])("accepts %j as %j", (input, output) => {
    expect(decimalStringSchema.parse(input)).toBe(output);
  });

  it.each(["", "   ", "abc", "1,5", "1 000", "1e5", "NaN", "Infinity", "-Infinity", "0x10", ".5", "5.", "--1", "+-1", "1.2.3", "١٢"])(
    "refuses %j",
    (input) => {
      expect(messages(decimalStringSchema.safeParse(input))).toEqual(["Enter a number, like 1250 or 12.5."]);
    },
  );

  it("refuses numbers and other types with the same message", () => {
    expect(messages(decimalStringSchema.safeParse(12))).toEqual(["Enter a number, like 1250 or 12.5."]);
    expect(messages(decimalStringSchema.safeParse(null))).toEqual(["Enter a number, like 1250 or 12.5."]);
  });

  it("refuses more digits than storage keeps", () => {
    expect(messages(decimalStringSchema.safeParse("1234567890123456789"))).toEqual(["Use at most 18 digits before the decimal point."]);
    expect(messages(decimalStringSchema.safeParse("1.1234567"))).toEqual(["Use at most 6 decimals."]);
    expect(decimalStringSchema.parse("000123456789012345678.5")).toBe("123456789012345678.5");
  });

  it("refuses a huge input quickly", () => {
    const started = Date.now();
    expect(decimalStringSchema.safeParse("9".repeat(10_000_000)).success).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("optionalDecimalStringSchema", () => {
  it.each([[""], ["   "], [null], [undefined]])("reads %j as no value", (input) => {
    expect(optionalDecimalStringSchema.parse(input)).toBeNull();
  });

  it("validates and normalizes a value", () => {
    expect(optionalDecimalStringSchema.parse(" +3.50 ")).toBe("3.5");
    expect(messages(optionalDecimalStringSchema.safeParse("1,5"))).toEqual(["Enter a number, like 1250 or 12.5."]);
  });
});

describe("toNumber", () => {
  it("reads decimal strings", () => {
    expect(toNumber("12.5")).toBe(12.5);
    expect(toNumber("-0.000001")).toBe(-0.000001);
    expect(toNumber("+3")).toBe(3);
    expect(toNumberOrNull(null)).toBeNull();
    expect(toNumberOrNull(undefined)).toBeNull();
    expect(toNumberOrNull("4")).toBe(4);
  });

  it.each(["", "abc", "1e5", "Infinity"])("refuses %j instead of guessing", (input) => {
    expect(() => toNumber(input)).toThrow(/Not a decimal number/);
  });
});

describe("compareDecimalStrings and normalizeDecimalString", () => {
  it.each([
    ["1", "2", -1],
    ["2", "1", 1],
    ["1.5", "1.50", 0],
    ["-1", "1", -1],
    ["-2", "-1", -1],
    ["-0", "0", 0],
    ["10", "9.999999", 1],
    ["0.1", "0.09", 1],
    ["-0.1", "-0.09", -1],
    ["999999999999999999.000001", "999999999999999999", 1],
    ["+5", "5", 0],
  ])("%s against %s is %i", (a, b, order) => {
    expect(compareDecimalStrings(a, b)).toBe(order);
  });

  it("spells each value one way", () => {
    expect(normalizeDecimalString("+00.100")).toBe("0.1");
    expect(normalizeDecimalString("-000")).toBe("0");
    expect(normalizeDecimalString("100")).toBe("100");
  });
});
