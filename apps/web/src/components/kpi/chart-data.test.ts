import { describe, expect, it } from "vitest";
import { chartPoints, type ChartInput } from "./chart-data";

const schedule = [
  { effectiveFrom: "2026-01-01", target: 30, targetMin: null, targetMax: null, warning: 20, tolerance: null },
  { effectiveFrom: "2026-03-01", target: 40, targetMin: null, targetMax: null, warning: 30, tolerance: null },
];

const base: ChartInput = {
  checkIns: [
    { periodStart: "2026-03-01", value: "42" },
    { periodStart: "2026-01-01", value: "12.5" },
  ],
  schedule,
  direction: "increase",
  cadence: "monthly",
  weekStart: 1,
  endDate: null,
  today: "2026-04-10",
};

describe("chartPoints", () => {
  it("lists every period from the oldest value to now, with gaps where values are missing", () => {
    const points = chartPoints(base);
    expect(points.map((point) => point.label)).toEqual(["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"]);
    expect(points.map((point) => point.value)).toEqual([12.5, null, 42, null]);
  });

  it("follows the target schedule and shades warning to target", () => {
    const points = chartPoints(base);
    expect(points.map((point) => point.target)).toEqual([30, 30, 40, 40]);
    expect(points[0]?.band).toEqual([20, 30]);
    expect(points[2]?.band).toEqual([30, 40]);
  });

  it("shades the band and its tolerance for a range", () => {
    const [point] = chartPoints({
      ...base,
      direction: "range",
      checkIns: [{ periodStart: "2026-04-01", value: "1.5" }],
      schedule: [{ effectiveFrom: "2026-01-01", target: null, targetMin: 1, targetMax: 2, warning: null, tolerance: 0.25 }],
    });
    expect(point).toMatchObject({ targetMin: 1, targetMax: 2, band: [1, 2], tolerance: [0.75, 2.25] });
  });

  it("stops at the end of a KPI that has ended and is empty without values", () => {
    const points = chartPoints({ ...base, endDate: "2026-02-15" });
    expect(points.map((point) => point.periodStart)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(chartPoints({ ...base, checkIns: [] })).toEqual([]);
  });
});
