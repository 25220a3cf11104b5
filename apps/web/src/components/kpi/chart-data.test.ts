import { describe, expect, it } from "vitest";
import { createFormatter, defaultFormatter } from "@/lib/format";
import { chartPoints as chartPointsIn, niceTicks, stepDecimals, valueRange, type ChartInput } from "./chart-data";

/** The chart as the default (US English) format labels it. */
const chartPoints = (input: ChartInput) => chartPointsIn(input, defaultFormatter);

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

describe("chartPoints: comments, statuses and axis ticks", () => {
  it("carries each value's comment and its status against the target of its period", () => {
    const points = chartPoints({ ...base, checkIns: [{ periodStart: "2026-01-01", value: "25", comment: "  Two big losses " }, { periodStart: "2026-03-01", value: "42", comment: null }] });
    expect(points.map((point) => point.comment)).toEqual(["Two big losses", null, null, null]);
    expect(points.map((point) => point.status)).toEqual(["at_risk", null, "on_track", null]);
  });

  it("breaks each period's label into lines for its axis tick", () => {
    expect(chartPoints(base)[0]?.tick).toEqual(["Jan", "2026"]);
  });

  it("labels periods in the organization's format", () => {
    const german = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    const points = chartPointsIn(base, german);
    expect(points.map((point) => point.label)).toEqual(["Jan. 2026", "Feb. 2026", "März 2026", "Apr. 2026"]);
    expect(points[2]?.tick).toEqual(["März", "2026"]);
    const weekly = chartPointsIn({ ...base, cadence: "weekly", checkIns: [{ periodStart: "2026-04-06", value: "1" }] }, german);
    expect(weekly.map((point) => point.label)).toEqual(["Week of 06.04.2026"]);
  });
});

describe("chartPoints: the planned target ahead of now", () => {
  const withChange: ChartInput = { ...base, schedule: [...schedule, { effectiveFrom: "2026-07-01", target: 50, targetMin: null, targetMax: null, warning: 45, tolerance: null }] };

  it("without an end date runs to the period after the last scheduled change, drawn as its own line", () => {
    const points = chartPoints(withChange);
    expect(points.map((point) => point.periodStart)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01"]);
    expect(points.map((point) => point.planned)).toEqual([false, false, false, false, true, true, true, true]);
    expect(points.map((point) => point.target)).toEqual([30, 30, 40, 40, null, null, null, null]);
    // The current period carries both lines, so the dashed one starts where the solid one ends.
    expect(points.map((point) => point.plannedTarget)).toEqual([null, null, null, 40, 40, 40, 50, 50]);
    expect(points.slice(4).every((point) => point.value === null && point.status === null)).toBe(true);
    expect(points[6]?.band).toEqual([45, 50]);
  });

  it("draws nothing ahead without an end date or a future change", () => {
    const points = chartPoints(base);
    expect(points.some((point) => point.planned)).toBe(false);
    expect(points.every((point) => point.plannedTarget === null)).toBe(true);
  });

  it("runs to the KPI's end date, including its last period, even without a change", () => {
    const points = chartPoints({ ...base, endDate: "2026-09-15" });
    expect(points.at(-1)?.periodStart).toBe("2026-09-01");
    expect(points.filter((point) => point.planned).map((point) => point.plannedTarget)).toEqual([40, 40, 40, 40, 40]);
  });

  it("stops at the end date even when later changes are scheduled", () => {
    const points = chartPoints({ ...withChange, endDate: "2026-06-30" });
    expect(points.at(-1)?.periodStart).toBe("2026-06-01");
    expect(points.map((point) => point.plannedTarget ?? point.target)).toEqual([30, 30, 40, 40, 40, 40]);
  });

  it("starts a change made in the middle of a period with the next period", () => {
    const points = chartPoints({ ...base, schedule: [...schedule, { effectiveFrom: "2026-06-15", target: 60, targetMin: null, targetMax: null, warning: null, tolerance: null }] });
    expect(points.filter((point) => point.planned).map((point) => [point.periodStart, point.plannedTarget])).toEqual([
      ["2026-05-01", 40],
      ["2026-06-01", 40],
      ["2026-07-01", 60],
      ["2026-08-01", 60],
    ]);
  });

  it("looks no further ahead than it looks back, or twelve periods", () => {
    const daily = chartPoints({ ...base, cadence: "daily", checkIns: [{ periodStart: "2026-04-01", value: "1" }], endDate: "2027-12-31" });
    expect(daily.filter((point) => !point.planned)).toHaveLength(10);
    expect(daily.filter((point) => point.planned)).toHaveLength(12);
    expect(daily.at(-1)?.periodStart).toBe("2026-04-22");
  });

  it("plans the band of a range KPI the same way", () => {
    const points = chartPoints({
      ...base,
      direction: "range",
      checkIns: [{ periodStart: "2026-04-01", value: "1.5" }],
      schedule: [
        { effectiveFrom: "2026-01-01", target: null, targetMin: 1, targetMax: 2, warning: null, tolerance: null },
        { effectiveFrom: "2026-06-01", target: null, targetMin: 1.5, targetMax: 2.5, warning: null, tolerance: null },
      ],
    });
    expect(points.map((point) => [point.targetMin, point.targetMax, point.plannedTargetMin, point.plannedTargetMax])).toEqual([
      [1, 2, 1, 2],
      [null, null, 1, 2],
      [null, null, 1.5, 2.5],
      [null, null, 1.5, 2.5],
    ]);
  });
});

describe("niceTicks", () => {
  const niceStep = (step: number) => {
    const power = 10 ** Math.floor(Math.log10(step));
    return [1, 2, 2.5, 5, 10].some((multiple) => Math.abs(step / power - multiple) < 1e-9);
  };

  it("counts in 1, 2, 2.5 and 5 times a power of ten", () => {
    expect(niceTicks(0, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(12.5, 42)).toEqual([10, 20, 30, 40, 50]);
    expect(niceTicks(0, 12)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceTicks(0.3, 0.7)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(1200, 98000)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
    expect(niceTicks(-5, 5)).toEqual([-5, -2.5, 0, 2.5, 5]);
  });

  it("covers every range with evenly spaced round numbers and no more ticks than asked", () => {
    const ranges: [number, number][] = [
      [0, 1],
      [0.001, 0.0042],
      [95.5, 101.25],
      [-120, -3],
      [3, 3.0001],
      [1e6, 7.3e6],
      [40, 40.5],
      [0, 100],
    ];
    for (const [min, max] of ranges) {
      for (const maxTicks of [3, 5, 6, 8]) {
        const ticks = niceTicks(min, max, maxTicks);
        expect(ticks.length, `${min}..${max}`).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks[0]).toBeLessThanOrEqual(min);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        expect(niceStep(step), `step ${step} for ${min}..${max}`).toBe(true);
        ticks.slice(1).forEach((tick, index) => expect(tick - (ticks[index] ?? 0)).toBeCloseTo(step, 9));
      }
    }
  });

  it("gives a single value room around it, not below zero when it is not negative", () => {
    expect(niceTicks(42, 42)).toEqual([37.5, 40, 42.5, 45, 47.5]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.5, 0.5)[0]).toBeGreaterThanOrEqual(0);
    expect(niceTicks(-4, -4)).toContain(-4);
  });

  it("takes its bounds in either order and refuses what is not a number", () => {
    expect(niceTicks(97, 0)).toEqual(niceTicks(0, 97));
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([]);
  });

  it("knows how many decimals a step needs", () => {
    expect([10, 5, 2.5, 0.5, 0.25, 0.1, 0.025].map(stepDecimals)).toEqual([0, 0, 1, 1, 2, 1, 3]);
    expect(stepDecimals(0)).toBe(0);
  });
});

describe("valueRange", () => {
  it("takes in values, targets, zones and the reference lines", () => {
    const points = chartPoints(base);
    expect(valueRange(points)).toEqual([12.5, 42]);
    expect(valueRange(points, [5, null, 60])).toEqual([5, 60]);
    expect(valueRange([])).toBeNull();
  });
});
