import { describe, expect, it } from "vitest";
import {
  NHSR_COMMIT,
  RNORM_SEED_123,
  SEVEN_ON_ONE_SIDE,
  SEVEN_POINT_TREND,
  STANDARD_SNAPSHOTS,
  SYMMETRICAL,
  TWO_IN_THREE,
} from "./fixtures/nhsr-plotthedots";
import { xmrAnalysis, type XmrResult, type XmrRule } from "./xmr";

function analyse(values: readonly number[], options: Parameters<typeof xmrAnalysis>[1] = {}): XmrResult {
  const result = xmrAnalysis(values, options);
  if (!result) throw new Error("expected an analysis");
  return result;
}

/** 1-based positions of the points a rule flagged, as the R package's tests count them. */
function flagged(result: XmrResult, rule: XmrRule, from = 0): number[] {
  return result.points.flatMap((point, i) => (i >= from && point.rules.includes(rule) ? [i + 1 - from] : []));
}

describe(`xmrAnalysis against NHSRplotthedots (nhs-r-community/NHSRplotthedots@${NHSR_COMMIT.slice(0, 7)})`, () => {
  // _snaps/ptd_spc_standard.md: the package screens moving ranges above 3.267 mR̄ unless told not to.
  for (const [name, snapshot] of Object.entries(STANDARD_SNAPSHOTS)) {
    it(`matches the centre line and process limits of snapshot ${name}`, () => {
      const values: number[] = [...RNORM_SEED_123];
      if (snapshot.outlierAt !== null) values[snapshot.outlierAt - 1] = 10;
      const result = analyse(values, { screenMovingRanges: snapshot.screen });
      expect(result.centre).toBeCloseTo(snapshot.mean, 6);
      expect(result.lowerLimit).toBeCloseTo(snapshot.lpl, 5);
      expect(result.upperLimit).toBeCloseTo(snapshot.upl, 5);
    });
  }

  it("finds no special cause in the package's rnorm(20) series, as its summary snapshot says (20 common cause)", () => {
    const result = analyse(RNORM_SEED_123, { screenMovingRanges: true, shiftRun: 7, trendRun: 7 });
    expect(result.signals).toEqual([]);
  });

  // The package's rules use runs of 7; ours default to 8 on one side and 6 rising or falling. With the run
  // lengths matched to 7 the package's expected flags must come out the same.
  for (const { sides, flagged: expected } of SEVEN_ON_ONE_SIDE) {
    it(`flags runs of 7 on one side of the centre for sides ${sides.join(",")}`, () => {
      const result = analyse(
        sides.map((side) => side * 1),
        { shiftRun: 7, trendRun: 7 },
      );
      expect(flagged(result, "shift")).toEqual(expected);
    });
  }

  for (const { values, flagged: expected, direction } of SEVEN_POINT_TREND) {
    it(`flags 7-point trends in ${values.join(",")}`, () => {
      const result = analyse(values, { shiftRun: 7, trendRun: 7 });
      expect(flagged(result, "trend")).toEqual(expected);
      const trends = result.signals.filter((signal) => signal.rule === "trend");
      expect(trends.map((signal) => signal.direction)).toEqual(direction ? [direction] : []);
    });
  }

  // The package's two-in-three tests give which points are close to the limits. A baseline of 9, 11, … fixes
  // the centre at 10, mR̄ at 2, the limits at 10 ± 5.32 and the two-sigma lines at 10 ± 3.55; after it, a
  // close point is 14 or 6 and any other point 10.5 or 9.5, on the side the test gives.
  const baseline = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11];
  for (const { close, sides, flagged: expected } of TWO_IN_THREE) {
    it(`flags 2 of 3 beyond two sigma for close ${close.join(",")} on sides ${sides.join(",")}`, () => {
      const tail = close.map((isClose, i) => 10 + sides[i]! * (isClose ? 4 : 0.5));
      const result = analyse([...baseline, ...tail], { baseline: baseline.length, shiftRun: 7, trendRun: 7 });
      expect(result.upperTwoSigma).toBeCloseTo(10 + (2 / 3) * 5.32, 10);
      expect(flagged(result, "two_of_three", baseline.length)).toEqual(expected);
      expect(flagged(result, "two_of_three").every((position) => position > baseline.length)).toBe(true);
    });
  }

  it("reports no special cause for two close points on opposite sides of the mean (symmetrical data)", () => {
    const result = analyse(SYMMETRICAL, { screenMovingRanges: true, shiftRun: 7, trendRun: 7 });
    expect(result.points.slice(-2).map((point) => point.rules)).toEqual([[], []]);
    expect(result.signals).toEqual([]);
  });
});

describe("xmrAnalysis", () => {
  it("computes the centre line, average moving range, limits and two-sigma lines", () => {
    const result = analyse([10, 12, 11, 13, 12, 14]);
    expect(result.centre).toBeCloseTo(12, 12);
    // moving ranges 2, 1, 2, 1, 2 → 1.6
    expect(result.averageMovingRange).toBeCloseTo(1.6, 12);
    expect(result.upperLimit).toBeCloseTo(12 + 2.66 * 1.6, 12);
    expect(result.lowerLimit).toBeCloseTo(12 - 2.66 * 1.6, 12);
    expect(result.upperTwoSigma).toBeCloseTo(12 + (2 / 3) * 2.66 * 1.6, 12);
    expect(result.lowerTwoSigma).toBeCloseTo(12 - (2 / 3) * 2.66 * 1.6, 12);
    expect(result.points.map((point) => point.movingRange)).toEqual([null, 2, 1, 2, 1, 2]);
    expect(result.baseline).toBe(6);
  });

  it("takes the limits from the baseline window only and judges later points against them", () => {
    const result = analyse([10, 11, 10, 11, 10, 11, 30], { baseline: 6 });
    expect(result.centre).toBeCloseTo(10.5, 12);
    expect(result.averageMovingRange).toBeCloseTo(1, 12);
    expect(result.points[6]!.rules).toEqual(["beyond_limit"]);
    expect(result.signals).toContainEqual({ rule: "beyond_limit", direction: "up", start: 6, end: 6 });
  });

  it("flags a point below the lower limit as a signal down", () => {
    const result = analyse([50, 51, 50, 51, 50, 51, 50, 51, 20], { baseline: 8 });
    expect(result.signals).toEqual([{ rule: "beyond_limit", direction: "down", start: 8, end: 8 }]);
  });

  it("does not flag a point exactly on a limit", () => {
    // centre 10.5, mR̄ 1 → upper limit 13.16
    const result = analyse([10, 11, 10, 11, 10, 11, 13.16], { baseline: 6 });
    expect(result.points[6]!.rules).not.toContain("beyond_limit");
  });

  it("flags 8 in a row on one side by default, not 7", () => {
    const base = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
    const seven = analyse([...base, 11.5, 11.2, 11.8, 11.4, 11.6, 11.3, 11.7, 10.5], { baseline: 10 });
    expect(flagged(seven, "shift")).toEqual([]);
    const eight = analyse([...base, 11.5, 11.2, 11.8, 11.4, 11.6, 11.3, 11.7, 11.1], { baseline: 10 });
    expect(flagged(eight, "shift")).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect(eight.signals.find((signal) => signal.rule === "shift")).toEqual({ rule: "shift", direction: "up", start: 10, end: 17 });
  });

  it("ends a run on one side at a point on the centre line", () => {
    const base = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
    const result = analyse([...base, 11.5, 11.2, 11.8, 11.4, 11, 11.6, 11.3, 11.7, 11.1], { baseline: 10 });
    expect(flagged(result, "shift")).toEqual([]);
  });

  it("flags 6 in a row rising or falling by default, not 5, and equal neighbours break a trend", () => {
    expect(flagged(analyse([5, 1, 2, 3, 4, 5]), "trend")).toEqual([]);
    expect(flagged(analyse([5, 1, 2, 3, 4, 5, 6]), "trend")).toEqual([2, 3, 4, 5, 6, 7]);
    expect(flagged(analyse([9, 8, 7, 6, 5, 4, 9]), "trend")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(flagged(analyse([1, 2, 3, 3, 4, 5, 6]), "trend")).toEqual([]);
    const down = analyse([9, 8, 7, 6, 5, 4]);
    expect(down.signals.filter((signal) => signal.rule === "trend")).toEqual([{ rule: "trend", direction: "down", start: 0, end: 5 }]);
  });

  it("flags 2 of 3 beyond the same two-sigma line, counting points beyond the limit, and only those points", () => {
    const base = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11];
    const result = analyse([...base, 14, 10, 16], { baseline: 10 });
    expect(flagged(result, "two_of_three", 10)).toEqual([1, 3]);
    expect(flagged(result, "beyond_limit", 10)).toEqual([3]);
    expect(result.signals.filter((signal) => signal.rule === "two_of_three")).toEqual([
      { rule: "two_of_three", direction: "up", start: 10, end: 12 },
    ]);
    const below = analyse([...base, 6, 6.2], { baseline: 10 });
    expect(below.signals).toContainEqual({ rule: "two_of_three", direction: "down", start: 10, end: 11 });
  });

  it("keeps a point's rules in a fixed order and each rule once", () => {
    const result = analyse([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 40], { baseline: 12 });
    const last = result.points[12]!.rules;
    expect(last).toEqual(["beyond_limit", "shift", "trend", "two_of_three"].filter((rule) => last.includes(rule as XmrRule)));
    expect(new Set(last).size).toBe(last.length);
  });

  it("gives flat data zero-width limits without flagging anything but a departure", () => {
    const flat = analyse([5, 5, 5, 5, 5, 5]);
    expect(flat.upperLimit).toBe(5);
    expect(flat.signals).toEqual([]);
  });

  it("screens out a moving range above 3.267 mR̄ only when asked", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 40, 10, 11];
    expect(analyse(values).averageMovingRange).toBeGreaterThan(analyse(values, { screenMovingRanges: true }).averageMovingRange);
  });

  it("needs two values and a sensible baseline and run lengths", () => {
    expect(xmrAnalysis([])).toBeNull();
    expect(xmrAnalysis([3])).toBeNull();
    expect(() => xmrAnalysis([1, 2, 3], { baseline: 1 })).toThrow(/baseline/);
    expect(() => xmrAnalysis([1, 2, 3], { baseline: 4 })).toThrow(/baseline/);
    expect(() => xmrAnalysis([1, 2, 3], { baseline: 2.5 })).toThrow(/baseline/);
    expect(() => xmrAnalysis([1, 2, 3], { shiftRun: 1 })).toThrow(/shift run/);
    expect(() => xmrAnalysis([1, 2, 3], { trendRun: 2 })).toThrow(/trend run/);
    expect(() => xmrAnalysis([1, Number.NaN, 3])).toThrow(/finite/);
  });
});
