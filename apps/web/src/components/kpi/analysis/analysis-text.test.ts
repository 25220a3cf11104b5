import { describe, expect, it } from "vitest";
import { defaultFormatter } from "@/lib/format";
import type { KpiValueFormat } from "../format-value";
import { forecastMethodText } from "./forecast-summary";
import { deltaText } from "./period-change-list";
import type { KpiAnalysis } from "./types";

const number: KpiValueFormat = { unit: "number", currency: null, durationUnit: null, decimals: 1 };
const percent: KpiValueFormat = { ...number, unit: "percent" };

describe("deltaText", () => {
  it("gives a signed change with its relative size, and percentage points for a percent KPI", () => {
    expect(deltaText({ period: "2026-01-01", value: 100, delta: 5, relative: 0.05 }, number, defaultFormatter)).toBe("+5.0 (+5.0%)");
    expect(deltaText({ period: "2026-01-01", value: 100, delta: -12.5, relative: -0.125 }, number, defaultFormatter)).toBe("−12.5 (−12.5%)");
    expect(deltaText({ period: "2026-01-01", value: 0, delta: 3, relative: null }, number, defaultFormatter)).toBe("+3.0");
    expect(deltaText({ period: "2026-01-01", value: 2, delta: -0.4, relative: -0.2 }, percent, defaultFormatter)).toBe("−0.4 pp");
    expect(deltaText({ period: "2026-01-01", value: 2, delta: 0, relative: 0 }, percent, defaultFormatter)).toBe("±0.0 pp");
  });
});

describe("forecastMethodText", () => {
  it("names the method, the window and the fitted slope and error", () => {
    const analysis = {
      forecast: { window: 12, from: "2025-02-01", to: "2026-01-01", slope: -0.25, residualStandardError: 0.5 },
    } as unknown as KpiAnalysis;
    const text = forecastMethodText(analysis, "monthly", number, defaultFormatter);
    expect(text).toContain("Least-squares line through the last 12 values (Feb 2025 to Jan 2026)");
    expect(text).toContain("−0.3 per month");
    expect(text).toContain("80 % prediction interval");
    expect(forecastMethodText({ forecast: null } as unknown as KpiAnalysis, "monthly", number, defaultFormatter)).toBeNull();
  });
});
