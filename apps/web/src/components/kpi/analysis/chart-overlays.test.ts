import { describe, expect, it } from "vitest";
import type { ChartPoint } from "../chart-data";
import { withAnnotations, withForecast } from "./chart-overlays";
import type { KpiForecast } from "./types";

function point(periodStart: string, value: number | null, comment: string | null = null): ChartPoint {
  return {
    periodStart,
    label: periodStart,
    tick: [periodStart],
    value,
    status: null,
    comment,
    planned: value === null,
    target: null,
    targetMin: null,
    targetMax: null,
    plannedTarget: null,
    plannedTargetMin: null,
    plannedTargetMax: null,
    band: null,
    tolerance: null,
  };
}

const forecast = {
  method: "least_squares",
  window: 6,
  from: "2026-01-01",
  to: "2026-02-01",
  slope: 1,
  level: 10,
  residualStandardError: 1,
  horizon: { current: "2026-03-01", far: null },
  points: [
    { period: "2026-03-01", value: 11, lower80: 10, upper80: 12, lower95: 9, upper95: 13 },
    { period: "2026-09-01", value: 17, lower80: 14, upper80: 20, lower95: 12, upper95: 22 },
  ],
} as KpiForecast;

describe("withForecast", () => {
  it("starts the line at the last value and continues through the periods ahead that the chart shows", () => {
    const points = withForecast([point("2026-01-01", 9), point("2026-02-01", 10), point("2026-03-01", null), point("2026-04-01", null)], forecast);
    expect(points.map((p) => p.forecast ?? null)).toEqual([null, 10, 11, null]);
    expect(points[2]!.forecastBand).toEqual([10, 12]);
    expect(points[1]!.forecastBand).toEqual([10, 10]);
  });

  it("draws nothing without a forecast", () => {
    const points = [point("2026-01-01", 9)];
    expect(withForecast(points, null)).toEqual(points);
  });
});

describe("withAnnotations", () => {
  it("numbers commented values oldest first", () => {
    const points = withAnnotations([point("2026-01-01", 9, "Price change"), point("2026-02-01", 10), point("2026-03-01", 8, "Outage")]);
    expect(points.map((p) => p.note ?? null)).toEqual([1, null, 2]);
  });
});
