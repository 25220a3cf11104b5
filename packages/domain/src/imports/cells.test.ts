import { describe, expect, it } from "vitest";
import { cellText, escapeCell, isBlankCell, unescapeCell } from "./cells";

describe("cells", () => {
  it.each([
    ["'=SUM(A1:A2)", "=SUM(A1:A2)"],
    ["'+1", "+1"],
    ["'-5", "-5"],
    ["'@user", "@user"],
    ["'\tindented", "\tindented"],
    ["'\rreturn", "\rreturn"],
  ])("takes the export's apostrophe off %j", (text, expected) => {
    expect(unescapeCell(text)).toBe(expected);
  });

  it.each(["'quoted'", "'", "''=x", "it's", "=SUM(A1)", "-5", "", "'a"])("leaves %j as it is", (text) => {
    expect(unescapeCell(text)).toBe(text);
  });

  it.each(["=SUM(A1)", "+1", "-5", "@user", "\tx", "\rx", "plain", "", "'quoted"])("escapes %j so that unescaping gives it back", (text) => {
    const escaped = escapeCell(text);
    expect(escaped === text).toBe(!/^[=+\-@\t\r]/.test(text));
    expect(unescapeCell(escaped)).toBe(text);
  });

  it("turns every kind of cell into text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("'=x")).toBe("=x");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(new Date(Date.UTC(2026, 2, 31)))).toBe("2026-03-31");
    expect(cellText(new Date(Number.NaN))).toBe("");
  });

  it("knows a blank cell", () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell("  ")).toBe(true);
    expect(isBlankCell("0")).toBe(false);
    expect(isBlankCell(0)).toBe(false);
  });
});
