import { describe, expect, it } from "vitest";
import { LOCALES } from "../org/locale";
import { importDateFormat, parseImportDate } from "./dates";

const read = (cell: Parameters<typeof parseImportDate>[0], locale: string) => {
  const result = parseImportDate(cell, importDateFormat(locale));
  return result.ok ? result.date : `problem: ${result.problem}`;
};

describe("the date format of a locale", () => {
  it.each([
    ["en-US", "mdy", "3/31/2026"],
    ["en-GB", "dmy", "31/03/2026"],
    ["de-DE", "dmy", "31.3.2026"],
    ["fr-FR", "dmy", "31/03/2026"],
    ["nl-NL", "dmy", "31-3-2026"],
    ["sv-SE", "ymd", "2026-03-31"],
    ["ja-JP", "ymd", "2026/3/31"],
  ])("%s writes dates in the order %s, like %s", (locale, order, example) => {
    expect(importDateFormat(locale)).toEqual({ order, example });
  });

  it.each(LOCALES)("knows the order of %s and reads its own example back as 31 March 2026", (locale) => {
    const format = importDateFormat(locale);
    expect(["dmy", "mdy", "ymd"]).toContain(format.order);
    expect(read(format.example, locale)).toBe("2026-03-31");
  });
});

describe("import dates", () => {
  it.each(["en-US", "en-GB", "de-DE", "ja-JP"])("reads ISO dates in every locale (%s)", (locale) => {
    expect(read("2026-03-04", locale)).toBe("2026-03-04");
    expect(read(" 2026-3-4 ", locale)).toBe("2026-03-04");
  });

  it("reads a day-month-year file day first and a month-day-year file month first, never guessing per row", () => {
    expect(read("03/04/2026", "en-US")).toBe("2026-03-04");
    expect(read("03/04/2026", "en-GB")).toBe("2026-04-03");
    expect(read("3.4.2026", "de-DE")).toBe("2026-04-03");
    expect(read("03/04/2026", "fr-FR")).toBe("2026-04-03");
    // 13/04/2026 would only make sense day first: in en-US it is refused, not swapped.
    expect(read("13/04/2026", "en-US")).toMatch(/^problem: “13\/04\/2026” is not a date in the calendar/);
  });

  it("accepts / . and - between the parts, as long as both are the same", () => {
    expect(read("31.03.2026", "en-GB")).toBe("2026-03-31");
    expect(read("31-03-2026", "de-DE")).toBe("2026-03-31");
    expect(read("31/03.2026", "de-DE")).toMatch(/^problem: “31\/03.2026” is not a date\./);
  });

  it("reads year-first locales year first", () => {
    expect(read("2026/3/4", "ja-JP")).toBe("2026-03-04");
    expect(read("26/3/4", "ja-JP")).toMatch(/four digits/);
  });

  it.each([
    ["2025-02-29", "is not a date in the calendar"],
    ["2026-13-01", "is not a date in the calendar"],
    ["2026-04-31", "is not a date in the calendar"],
    ["31/3/26", "with a four-digit year"],
    ["0226-01-01", "Use a date between 1900 and 2999."],
    ["March 3, 2026", "is not a date. Write dates like 2026-03-31 or 3/31/2026."],
    ["2026-03-04T10:00:00Z", "is not a date"],
    ["", "Enter a date, like 2026-03-31 or 3/31/2026."],
  ])("refuses %j in en-US (%s)", (text, problem) => {
    expect(read(text, "en-US")).toContain(problem);
  });

  it("names the organization's format in its messages", () => {
    expect(read("tomorrow", "de-DE")).toBe("problem: “tomorrow” is not a date. Write dates like 2026-03-31 or 31.3.2026.");
    expect(read("tomorrow", "sv-SE")).toBe("problem: “tomorrow” is not a date. Write dates like 2026-03-31.");
  });

  it("reads a spreadsheet's date cell as the day it shows", () => {
    expect(read(new Date(Date.UTC(2026, 1, 28)), "en-US")).toBe("2026-02-28");
    expect(read(new Date(Number.NaN), "en-US")).toMatch(/holds no date/);
    expect(read(46082, "en-US")).toMatch(/is a number, not a date/);
    expect(read(null, "en-US")).toMatch(/Enter a date/);
  });

  it("takes the export's apostrophe off a date cell", () => {
    expect(read("'-2026-01-01", "en-US")).toMatch(/is not a date/);
  });
});
