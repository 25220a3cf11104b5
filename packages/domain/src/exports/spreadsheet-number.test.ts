import { describe, expect, it } from "vitest";
import { isPlainDecimal, spreadsheetNumber } from "./spreadsheet-number";

describe("isPlainDecimal", () => {
  it.each(["0", "-5", "12.5", "-0.000001", "123456789012345678.123456", "007"])("accepts %j", (text) => {
    expect(isPlainDecimal(text)).toBe(true);
  });

  it.each(["", "-", "+5", "1e5", "1,5", "1 000", "12.", ".5", "=1", "NaN", "Infinity", " 5", "5 ", "--5", "0x1F"])("refuses %j", (text) => {
    expect(isPlainDecimal(text)).toBe(false);
  });
});

describe("spreadsheetNumber", () => {
  it.each([
    ["0", 0],
    ["-5", -5],
    ["12.5", 12.5],
    ["0.1", 0.1],
    ["-0.000001", -0.000001],
    ["1250000", 1250000],
    ["999999999999999", 999999999999999],
    ["12.500", 12.5],
    ["-0", -0],
  ])("writes %j as the number it is", (text, number) => {
    expect(spreadsheetNumber(text)).toBe(number);
  });

  it.each(["123456789012345678", "123456789012.123456", "1234567890.123456", "9007199254740993", "0.1234567890123456789", "-1000000000000001"])(
    "keeps %j as exact text, where a double would round it",
    (text) => {
      expect(spreadsheetNumber(text)).toBe(text);
    },
  );

  it("refuses text that is not a plain decimal", () => {
    expect(() => spreadsheetNumber("1e5")).toThrow(/plain decimal/);
    expect(() => spreadsheetNumber("=1")).toThrow(/plain decimal/);
  });

  it("counts significant digits, not zeros that only place the point", () => {
    expect(spreadsheetNumber("120000000000000000")).toBe(120000000000000000);
    expect(spreadsheetNumber("0.000001")).toBe(0.000001);
    expect(spreadsheetNumber("10000000000000.5")).toBe(10000000000000.5);
    expect(spreadsheetNumber("100000000000000.5")).toBe("100000000000000.5");
    expect(spreadsheetNumber("1000000000000000.5")).toBe("1000000000000000.5");
  });

  it("writes every value with up to 15 significant digits as the number whose shortest text it is", () => {
    for (let digits = 1; digits <= 15; digits += 1) {
      const integer = "9".repeat(digits);
      expect(spreadsheetNumber(integer)).toBe(Number(integer));
      const fraction = `0.${"3".repeat(Math.min(digits, 6))}`;
      expect(spreadsheetNumber(fraction)).toBe(Number(fraction));
      expect(spreadsheetNumber(`-${integer}`)).toBe(-Number(integer));
      const mixed = `${"7".repeat(Math.max(1, digits - 6))}.${"1".repeat(Math.min(6, digits - 1))}`.replace(/\.$/, "");
      expect(String(spreadsheetNumber(mixed))).toBe(mixed);
    }
  });
});
