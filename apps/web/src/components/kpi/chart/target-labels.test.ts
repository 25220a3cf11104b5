import { describe, expect, it } from "vitest";
import type { KpiDirection } from "@tally/domain";
import { createFormatter, defaultFormatter } from "@/lib/format";
import { chartPoints as chartPointsIn, type ChartInput, type ChartPoint } from "../chart-data";
import type { KpiValueFormat } from "../format-value";
import { targetAt, targetLabels as targetLabelsIn, targetText } from "./target-labels";

const percent: KpiValueFormat = { unit: "percent", currency: null, durationUnit: null, decimals: 0 };
const entry = (effectiveFrom: string, target: number) => ({ effectiveFrom, target, targetMin: null, targetMax: null, warning: null, tolerance: null });

const input: ChartInput = {
  checkIns: [{ periodStart: "2026-01-01", value: "90" }],
  schedule: [entry("2026-01-01", 95), entry("2026-03-01", 100), entry("2026-07-01", 105)],
  direction: "increase",
  cadence: "monthly",
  weekStart: 1,
  endDate: "2026-09-30",
  today: "2026-04-10",
};

// The default (US English) format unless a test says otherwise.
const chartPoints = (chartInput: ChartInput) => chartPointsIn(chartInput, defaultFormatter);
const targetLabels = (points: readonly ChartPoint[], direction: KpiDirection, format: KpiValueFormat, options?: { minSpacing?: number; maxLabels?: number }) =>
  targetLabelsIn(points, direction, format, defaultFormatter, options);

describe("targetLabels", () => {
  it("labels the start of each step, past and planned, with the target in the KPI's unit", () => {
    const labels = targetLabels(chartPoints(input), "increase", percent);
    expect(labels.map(({ periodStart, text, y, planned }) => ({ periodStart, text, y, planned }))).toEqual([
      { periodStart: "2026-01-01", text: "Target 95%", y: 95, planned: false },
      { periodStart: "2026-03-01", text: "Target 100%", y: 100, planned: false },
      { periodStart: "2026-07-01", text: "Target 105%", y: 105, planned: true },
    ]);
  });

  it("keeps the newest labels when steps crowd", () => {
    const points = chartPoints(input);
    // Each label needs three periods to its right: January's would run into March's.
    expect(targetLabels(points, "increase", percent, { minSpacing: 3 }).map((label) => label.text)).toEqual(["Target 100%", "Target 105%"]);
    expect(targetLabels(points, "increase", percent, { maxLabels: 1 }).map((label) => label.text)).toEqual(["Target 105%"]);
  });

  it("labels a band by its edges, on its top edge", () => {
    const points = chartPoints({
      ...input,
      direction: "range",
      schedule: [{ effectiveFrom: "2026-01-01", target: null, targetMin: 40, targetMax: 60, warning: null, tolerance: 5 }],
    });
    expect(targetLabels(points, "range", percent)).toEqual([{ index: 0, periodStart: "2026-01-01", y: 60, text: "Target 40% – 60%", planned: false }]);
  });

  it("writes the target in the organization's format", () => {
    const german = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    const oneDecimal = { ...percent, decimals: 1 };
    expect(targetLabelsIn(chartPointsIn(input, german), "increase", oneDecimal, german).map((label) => label.text)).toEqual([
      "Target 95,0\u00a0%",
      "Target 100,0\u00a0%",
      "Target 105,0\u00a0%",
    ]);
    expect(targetText({ low: 1250.5, high: 2000 }, { unit: "number", currency: null, durationUnit: null, decimals: 1 }, german)).toBe("1.250,5 – 2.000,0");
  });

  it("labels nothing without a target", () => {
    expect(targetLabels(chartPoints({ ...input, schedule: [] }), "increase", percent)).toEqual([]);
  });
});

describe("targetAt and targetText", () => {
  it("reads the planned target where the target so far ends", () => {
    const points = chartPoints(input);
    expect(points.at(-1)?.planned).toBe(true);
    expect(targetAt(points.at(-1)!, "increase")).toEqual({ low: null, high: 105 });
    expect(targetText({ low: 1.5, high: 2 }, { unit: "ratio", currency: null, durationUnit: null, decimals: 2 }, defaultFormatter)).toBe("1.50 – 2.00");
  });
});
