import { describe, expect, it } from "vitest";
import { createFormatter, defaultFormatter, type Formatter } from "@/lib/format";
import { chartPoints as chartPointsIn, type ChartInput, type ChartPoint } from "../chart-data";
import type { KpiValueFormat } from "../format-value";
import { chartSummary as chartSummaryIn } from "./chart-summary";

const percent: KpiValueFormat = { unit: "percent", currency: null, durationUnit: null, decimals: 1 };
const entry = (effectiveFrom: string, target: number, warning: number | null = null) => ({ effectiveFrom, target, targetMin: null, targetMax: null, warning, tolerance: null });

const input: ChartInput = {
  checkIns: [
    { periodStart: "2026-01-01", value: "12", comment: "Two big losses" },
    { periodStart: "2026-02-01", value: "25" },
    { periodStart: "2026-03-01", value: "42", comment: "Best month so far" },
  ],
  schedule: [entry("2026-01-01", 40, 20)],
  direction: "increase",
  cadence: "monthly",
  weekStart: 1,
  endDate: null,
  today: "2026-03-20",
};

/** Points and summary in one format: the default (US English) unless told. */
const chartPoints = (chartInput: ChartInput, formatter: Formatter = defaultFormatter) => chartPointsIn(chartInput, formatter);
const chartSummary = (points: readonly ChartPoint[], direction: ChartInput["direction"], format: KpiValueFormat, formatter: Formatter = defaultFormatter) =>
  chartSummaryIn(points, direction, format, formatter);

describe("chartSummary", () => {
  it("states the latest value, the target in force and the status, then the span of values", () => {
    expect(chartSummary(chartPoints(input), "increase", percent)).toBe(
      "Latest: 42.0% for Mar 2026, target 40.0%, on track. 3 values from Jan 2026 to Mar 2026, 2 with comments.",
    );
  });

  it("reads the latest value even when the current period has none yet", () => {
    const points = chartPoints({ ...input, today: "2026-05-02", checkIns: input.checkIns.slice(0, 2) });
    expect(points.at(-1)?.periodStart).toBe("2026-05-01");
    expect(chartSummary(points, "increase", percent)).toBe("Latest: 25.0% for Feb 2026, target 40.0%, at risk. 2 values from Jan 2026 to Feb 2026, 1 with a comment.");
  });

  it("names the target changes still to come", () => {
    const points = chartPoints({ ...input, schedule: [entry("2026-01-01", 40, 20), entry("2026-07-01", 50), entry("2027-01-01", 60)] });
    expect(chartSummary(points, "increase", percent)).toContain("Planned targets: 50.0% from Jul 2026, 60.0% from Jan 2027.");
  });

  it("says so when there is no target, and gives a band for a range", () => {
    expect(chartSummary(chartPoints({ ...input, checkIns: [{ periodStart: "2026-03-01", value: "42" }], schedule: [] }), "increase", percent)).toBe(
      "Latest: 42.0% for Mar 2026, no target set. 1 value, for Mar 2026.",
    );
    const range = chartPoints({
      ...input,
      direction: "range",
      checkIns: [{ periodStart: "2026-03-01", value: "61" }],
      schedule: [{ effectiveFrom: "2026-01-01", target: null, targetMin: 40, targetMax: 60, warning: null, tolerance: 5 }],
    });
    expect(chartSummary(range, "range", percent)).toBe("Latest: 61.0% for Mar 2026, target 40.0% – 60.0%, at risk. 1 value, for Mar 2026.");
  });

  it("writes numbers and periods in the organization's format", () => {
    const german = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    const points = chartPoints({ ...input, schedule: [entry("2026-01-01", 40, 20), entry("2026-07-01", 50)] }, german);
    expect(chartSummary(points, "increase", percent, german)).toBe(
      "Latest: 42,0\u00a0% for März 2026, target 40,0\u00a0%, on track. 3 values from Jan. 2026 to März 2026, 2 with comments. Planned target: 50,0\u00a0% from Juli 2026.",
    );
  });

  it("has words for a chart without values", () => {
    expect(chartSummary([], "increase", percent)).toBe("No values recorded yet.");
  });
});
