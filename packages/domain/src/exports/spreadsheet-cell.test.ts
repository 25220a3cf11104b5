import { describe, expect, it } from "vitest";
import { ESCAPE_PREFIX, FORMULA_TRIGGERS, escapeSpreadsheetCell, startsWithFormulaTrigger } from "./spreadsheet-cell";

describe("escapeSpreadsheetCell", () => {
  it("names exactly the OWASP triggers: = + - @ tab and carriage return", () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(["\t", "\r", "+", "-", "=", "@"].sort());
    expect(ESCAPE_PREFIX).toBe("'");
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ['=HYPERLINK("http://evil.test","Click")', `'=HYPERLINK("http://evil.test","Click")`],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["-5", "'-5"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["=", "'="],
    ["'=already", "'=already"],
  ])("escapes the text %j", (text, escaped) => {
    expect(escapeSpreadsheetCell(text)).toBe(escaped);
  });

  it("escapes a text cell by the first character alone, for every character up to U+2FFF", () => {
    for (let code = 0; code <= 0x2fff; code += 1) {
      const first = String.fromCharCode(code);
      const text = `${first}rest`;
      const expected = FORMULA_TRIGGERS.includes(first) ? `'${text}` : text;
      expect(escapeSpreadsheetCell(text), `U+${code.toString(16)}`).toBe(expected);
      expect(startsWithFormulaTrigger(text)).toBe(FORMULA_TRIGGERS.includes(first));
    }
  });

  it("leaves a trigger that is not the first character alone", () => {
    for (const trigger of FORMULA_TRIGGERS) expect(escapeSpreadsheetCell(`a${trigger}b`)).toBe(`a${trigger}b`);
    expect(escapeSpreadsheetCell(" =1")).toBe(" =1");
    expect(escapeSpreadsheetCell("\n=1")).toBe("\n=1");
  });

  it("never escapes numbers or empty cells: a negative value stays -5", () => {
    expect(escapeSpreadsheetCell(-5)).toBe(-5);
    expect(escapeSpreadsheetCell(0)).toBe(0);
    expect(escapeSpreadsheetCell(-0.000001)).toBe(-0.000001);
    expect(escapeSpreadsheetCell(1e21)).toBe(1e21);
    expect(escapeSpreadsheetCell(null)).toBeNull();
    expect(escapeSpreadsheetCell("")).toBe("");
  });

  it("adds exactly one apostrophe, which taking the first character off undoes", () => {
    for (const trigger of FORMULA_TRIGGERS) {
      const text = `${trigger}cmd|' /C calc'!A0`;
      const escaped = escapeSpreadsheetCell(text);
      expect(escaped.slice(ESCAPE_PREFIX.length)).toBe(text);
      expect(escapeSpreadsheetCell(escaped)).toBe(escaped);
    }
  });
});
