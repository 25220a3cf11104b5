import { describe, expect, it } from "vitest";
import { LOCALES } from "../org/locale";
import { decimalSeparatorOf, parseImportValue } from "./values";

const read = (cell: Parameters<typeof parseImportValue>[0], separator: "." | ",", locale = "en-US") => {
  const result = parseImportValue(cell, separator, locale);
  return result.ok ? result.value : `problem: ${result.problem}`;
};

describe("the decimal separator of a locale", () => {
  it.each([
    ["en-US", "."],
    ["en-GB", "."],
    ["de-DE", ","],
    ["fr-FR", ","],
    ["de-CH", "."],
    ["ja-JP", "."],
    ["pt-BR", ","],
  ])("%s writes decimals after %j", (locale, separator) => {
    expect(decimalSeparatorOf(locale)).toBe(separator);
  });

  it.each(LOCALES)("every offered locale has a point or a comma (%s)", (locale) => {
    expect([".", ","]).toContain(decimalSeparatorOf(locale));
  });
});

describe("import values", () => {
  it.each([
    ["12.5", ".", "12.5"],
    ["1,234.5", ".", "1234.5"],
    ["-0.75", ".", "-0.75"],
    ["+3", ".", "3"],
    ["0012.500", ".", "12.5"],
    ["-0.000", ".", "0"],
    ["-000", ".", "0"],
    ["0.5", ".", "0.5"],
    ["-0,50", ",", "-0.5"],
    ["000123", ".", "123"],
    ["123456789012345678.123456", ".", "123456789012345678.123456"],
    ["00000000000000000000001", ".", "1"],
    ["12,5", ",", "12.5"],
    ["1.234,5", ",", "1234.5"],
    ["1 234,5", ",", "1234.5"],
    ["'-5", ".", "-5"],
    ["'-5,5", ",", "-5.5"],
    ["−3.5", ".", "-3.5"],
  ])("reads %j with %j as decimal mark as %s", (text, separator, value) => {
    expect(read(text, separator as "." | ",")).toBe(value);
  });

  it("reads numbers in the organization's own format when the separator is its own", () => {
    expect(read("12,34,567.5", ".", "en-IN")).toBe("1234567.5");
    expect(read("1'234.5", ".", "de-CH")).toBe("1234.5");
    expect(read("1\u202f234,5", ",", "fr-FR")).toBe("1234.5");
  });

  it("refuses a number written with the other decimal mark, saying which one the file uses", () => {
    expect(read("12,5", ".")).toBe("problem: In this format the decimal mark is a point: write 12.5 for a decimal.");
    expect(read("12.5", ",")).toBe("problem: In this format the decimal mark is a comma: write 12,5 for a decimal.");
  });

  it.each([
    ["", "Enter a value."],
    ["  ", "Enter a value."],
    ["abc", "That is not a number."],
    ["12.5%", "That is not a number."],
    ["1e5", "That is not a number."],
    ["1.2.3", "more than one decimal mark"],
    ["0.1234567", "Use at most 6 decimals."],
    ["1234567890123456789", "Use at most 18 digits before the decimal mark."],
    ["1234567890123456789.5", "Use at most 18 digits before the decimal mark."],
    ["1.1234567", "Use at most 6 decimals."],
  ])("refuses %j (%s)", (text, problem) => {
    expect(read(text, ".")).toContain(problem);
  });

  it("reads a spreadsheet's number cell as the number it shows", () => {
    expect(read(12.5, ",")).toBe("12.5");
    expect(read(0.1 + 0.2, ".")).toBe("0.3");
    expect(read(-0, ".")).toBe("0");
    expect(read(0.000001, ".")).toBe("0.000001");
    expect(read(1e-7, ".")).toBe("problem: Use at most 6 decimals.");
    expect(read(123456789012.5, ".")).toBe("123456789012.5");
    expect(read(1e20, ".")).toMatch(/at most 18 digits/);
    expect(read(Number.NaN, ".")).toMatch(/holds no number/);
    expect(read(new Date(), ".")).toMatch(/holds a date/);
    expect(read(null, ".")).toMatch(/Enter a value/);
  });
});
