import { describe, expect, it } from "vitest";
import { detectDelimiter, detectLineBreak, splitLine } from "./delimiter";

describe("delimiter detection", () => {
  it.each([
    ["kpi,date,value,comment", ","],
    ["kpi;date;value;comment", ";"],
    ["kpi\tdate\tvalue\tcomment", "\t"],
    ["kpi|date|value|comment", "|"],
    ["KPI Code;Date;Value", ";"],
    ['"kpi";"date";"value"', ";"],
    // A header with a comma inside a name still splits best at the semicolons.
    ['kpi;"date, period";value', ";"],
  ])("reads %j as split by %j", (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });

  it("falls back to the delimiter that splits into most cells, then a comma", () => {
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("nothing known")).toBe(",");
  });

  it("splits a line honouring double quotes", () => {
    expect(splitLine('a,"b,c","d ""e"""', ",")).toEqual(["a", "b,c", 'd "e"']);
    expect(splitLine("", ",")).toEqual([""]);
    expect(splitLine("a,,b,", ",")).toEqual(["a", "", "b", ""]);
  });

  it.each([
    ["kpi,date\r\nx", "\r\n"],
    ["kpi,date\nx", "\n"],
    ["kpi,date\rx", "\r"],
    ["kpi,date\r", null],
    ["kpi,date", null],
  ])("finds the line break of %j", (text, lineBreak) => {
    expect(detectLineBreak(text)).toBe(lineBreak);
  });
});
