import { describe, expect, it } from "vitest";
import { createFormatter, type FormatSettings } from "./format";

// Intl separates units and groups with no-break spaces (narrow ones in French); compare with plain spaces.
const blank = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const formatterFor = (locale: string, timeZone = "UTC", currency = "EUR") => createFormatter({ locale, timeZone, currency } satisfies FormatSettings);

describe("createFormatter: numbers", () => {
  it.each([
    ["en-US", "1,234,567.5", "12.5%", "€1,234.50", "¥1,235"],
    ["de-DE", "1.234.567,5", "12,5 %", "1.234,50 €", "1.235 ¥"],
    ["fr-FR", "1 234 567,5", "12,5 %", "1 234,50 €", "1 235 JPY"],
    ["ja-JP", "1,234,567.5", "12.5%", "€1,234.50", "￥1,235"],
  ])("in %s", (locale, number, percent, euros, yen) => {
    const format = formatterFor(locale);
    expect(blank(format.formatNumber("1234567.5"))).toBe(number);
    expect(blank(format.formatNumber(1234567.5))).toBe(number);
    expect(blank(format.formatPercent("12.5", { decimals: 1 }))).toBe(percent);
    expect(blank(format.formatCurrency("1234.5", null, { decimals: 2 }))).toBe(euros);
    expect(blank(format.formatCurrency(1234.5, "JPY"))).toBe(yen);
  });

  it("keeps every digit of an 18-digit value and rounds half away from zero after the decimals", () => {
    const format = formatterFor("en-US");
    expect(format.formatNumber("123456789012345678.123456", { decimals: 4 })).toBe("123,456,789,012,345,678.1235");
    expect(format.formatPercent("0.125", { decimals: 2 })).toBe("0.13%");
  });

  it("shows text that is not a number as it is", () => {
    expect(formatterFor("de-DE").formatNumber("n/a")).toBe("n/a");
    expect(formatterFor("de-DE").formatNumber(Number.NaN)).toBe("NaN");
  });

  it("falls back to the code for a currency Intl does not know", () => {
    expect(blank(formatterFor("en-US").formatCurrency("5", "ZZZ"))).toMatch(/ZZZ\s?5/);
  });
});

describe("createFormatter: dates and times", () => {
  // 23:30 UTC on 31 March 2026: already 1 April in Auckland, still 31 March in Los Angeles.
  const lateMarch = new Date("2026-03-31T23:30:00Z");

  it("shows an instant on the organization's calendar and clock, with the zone's name", () => {
    expect(formatterFor("en-US", "Pacific/Auckland").formatDate(lateMarch)).toBe("Apr 1, 2026");
    expect(formatterFor("en-US", "America/Los_Angeles").formatDate(lateMarch)).toBe("Mar 31, 2026");
    expect(blank(formatterFor("en-US", "Pacific/Auckland").formatDateTime(lateMarch))).toBe("Apr 1, 2026, 12:30 PM GMT+13");
    expect(blank(formatterFor("en-US", "Asia/Kolkata").formatDateTime(lateMarch))).toBe("Apr 1, 2026, 5:00 AM GMT+5:30");
    expect(blank(formatterFor("de-DE", "Europe/Berlin").formatDateTime(lateMarch))).toBe("1. Apr. 2026, 01:30 MESZ");
    expect(blank(formatterFor("en-US", "America/Los_Angeles").formatDateTime(lateMarch))).toBe("Mar 31, 2026, 4:30 PM PDT");
  });

  it("shows a calendar date as that day in every time zone", () => {
    for (const zone of ["Pacific/Auckland", "America/Los_Angeles", "UTC"]) {
      expect(formatterFor("en-US", zone).formatDate("2026-03-12")).toBe("Mar 12, 2026");
    }
    expect(formatterFor("de-DE").formatDate("2026-03-12")).toBe("12.03.2026");
    expect(formatterFor("fr-FR").formatDate("2026-03-12")).toBe("12 mars 2026");
    expect(formatterFor("ja-JP").formatDate("2026-03-12")).toBe("2026/03/12");
  });

  it.each([
    ["en-US", "Mar 12, 2026", "Week of Mar 9, 2026", "Mar 2026"],
    ["de-DE", "12.03.2026", "Week of 09.03.2026", "März 2026"],
    ["fr-FR", "12 mars 2026", "Week of 9 mars 2026", "mars 2026"],
    ["ja-JP", "2026/03/12", "Week of 2026/03/09", "2026年3月"],
  ])("names periods in %s", (locale, day, week, month) => {
    const format = formatterFor(locale, "Pacific/Auckland");
    expect(format.formatPeriod("2026-03-12", "daily")).toBe(day);
    expect(format.formatPeriod("2026-03-09", "weekly")).toBe(week);
    expect(format.formatPeriod("2026-03-01", "monthly")).toBe(month);
    expect(format.formatPeriod("2026-01-01", "quarterly")).toBe("Q1 2026");
    expect(format.formatPeriod("2026-10-01", "quarterly")).toBe("Q4 2026");
    expect(format.formatPeriod("2026-01-01", "yearly")).toBe("2026");
  });

  it("says how long ago in the reader's language, and the date past a month", () => {
    const now = new Date("2026-03-31T12:00:00Z");
    const en = formatterFor("en-US");
    expect(en.formatRelative(null, now)).toBe("Never");
    expect(en.formatRelative(new Date("2026-03-31T11:59:45Z"), now)).toBe("Just now");
    expect(en.formatRelative(new Date("2026-03-31T11:55:00Z"), now)).toBe("5 min. ago");
    expect(en.formatRelative(new Date("2026-03-31T09:00:00Z"), now)).toBe("3 hr. ago");
    expect(en.formatRelative(new Date("2026-03-30T12:00:00Z"), now)).toBe("yesterday");
    expect(en.formatRelative(new Date("2026-01-01T12:00:00Z"), now)).toBe("Jan 1, 2026");
    expect(formatterFor("de-DE").formatRelative(new Date("2026-03-31T09:00:00Z"), now)).toBe("vor 3 Std.");
  });
});
