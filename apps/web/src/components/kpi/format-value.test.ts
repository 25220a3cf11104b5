import { describe, expect, it } from "vitest";
import { createFormatter } from "@/lib/format";
import { formatKpiValue, unitHint, type KpiValueFormat } from "./format-value";

const plain: KpiValueFormat = { unit: "number", currency: null, durationUnit: null, decimals: 0 };
const spaced = (text: string) => text.replace(/\u00a0/g, " ");

describe("formatKpiValue", () => {
  it("writes percentages with the KPI's decimals", () => {
    expect(formatKpiValue("12.5", { ...plain, unit: "percent", decimals: 1 })).toBe("12.5%");
    expect(formatKpiValue("12", { ...plain, unit: "percent", decimals: 1 })).toBe("12.0%");
  });

  it("writes money with its currency code and grouping", () => {
    expect(formatKpiValue("1250", { ...plain, unit: "currency", currency: "USD" })).toBe("$1,250");
    expect(formatKpiValue("-1250.5", { ...plain, unit: "currency", currency: "EUR", decimals: 2 })).toBe("-€1,250.50");
  });

  it("writes durations in hours or days", () => {
    expect(spaced(formatKpiValue("3.5", { ...plain, unit: "duration", durationUnit: "hours", decimals: 1 }))).toBe("3.5 h");
    expect(spaced(formatKpiValue("2", { ...plain, unit: "duration", durationUnit: "days" }))).toBe("2 d");
  });

  it("groups plain numbers, ratios and scores", () => {
    expect(formatKpiValue("1234567", plain)).toBe("1,234,567");
    expect(formatKpiValue("1.255", { ...plain, unit: "ratio", decimals: 2 })).toBe("1.26");
    expect(formatKpiValue("-40", { ...plain, unit: "score" })).toBe("-40");
  });

  it("keeps every digit of long values instead of rounding through a float", () => {
    expect(formatKpiValue("123456789012345678.123456", { ...plain, decimals: 4 })).toBe("123,456,789,012,345,678.1235");
  });

  it("shows a dash for no value and leaves text that is not a number alone", () => {
    expect(formatKpiValue(null, plain)).toBe("—");
    expect(formatKpiValue("n/a", plain)).toBe("n/a");
  });
});

describe("formatKpiValue in the reader's format", () => {
  const formatterFor = (locale: string) => createFormatter({ locale, timeZone: "UTC", currency: "EUR" });
  const percent: KpiValueFormat = { ...plain, unit: "percent", decimals: 1 };
  const euros: KpiValueFormat = { ...plain, unit: "currency", currency: "EUR", decimals: 2 };
  const hours: KpiValueFormat = { ...plain, unit: "duration", durationUnit: "hours", decimals: 1 };

  it.each([
    ["en-US", "89.5%", "€1,234,567.50", "3.5 h"],
    ["de-DE", "89,5 %", "1.234.567,50 €", "3,5 h"],
    ["fr-FR", "89,5 %", "1 234 567,50 €", "3,5 h"],
    ["ja-JP", "89.5%", "€1,234,567.50", "3.5 h"],
  ])("in %s", (locale, expectedPercent, expectedEuros, expectedHours) => {
    const formatter = formatterFor(locale);
    const blank = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    expect(blank(formatKpiValue("89.5", percent, formatter))).toBe(expectedPercent);
    expect(blank(formatKpiValue("1234567.5", euros, formatter))).toBe(expectedEuros);
    expect(blank(formatKpiValue("3.5", hours, formatter))).toBe(expectedHours);
  });

  it("shows input examples with the locale's decimal mark", () => {
    expect(unitHint({ unit: "ratio", currency: null, durationUnit: null }, formatterFor("de-DE"))).toBe("As a ratio, e.g. 1,25.");
  });
});
