import { describe, expect, it } from "vitest";
import { KPI_STATUSES, type KpiStatus } from "../kpi/vocabulary";
import { emptyStatusWeights, linkProgress, objectiveRollup, weightedHealth, type RollupLink } from "./rollup";

const link = (status: KpiStatus, weight = 1, progress: number | null = null): RollupLink => ({ status, weight, progress });

describe("objectiveRollup", () => {
  it("has nothing to say with zero links", () => {
    expect(objectiveRollup([])).toEqual({
      linkCount: 0,
      shares: null,
      onTrack: null,
      judgedWeight: 0,
      totalWeight: 0,
      progress: null,
      progressCoverage: null,
    });
  });

  it("with equal weights is the plain share of KPIs on track", () => {
    const rollup = objectiveRollup([link("on_track"), link("on_track"), link("at_risk"), link("off_track")]);
    expect(rollup.onTrack).toBe(0.5);
    expect(rollup.shares).toEqual({ on_track: 0.5, at_risk: 0.25, off_track: 0.25, overdue: 0, no_data: 0 });
    expect(rollup.linkCount).toBe(4);
  });

  it("gives equal links the same answer whatever the common weight", () => {
    const ones = objectiveRollup([link("on_track", 1), link("off_track", 1), link("at_risk", 1)]);
    const sevens = objectiveRollup([link("on_track", 7), link("off_track", 7), link("at_risk", 7)]);
    expect(sevens.onTrack).toBeCloseTo(ones.onTrack!, 12);
    expect(sevens.shares!.at_risk).toBeCloseTo(ones.shares!.at_risk, 12);
  });

  it("weighs each KPI by its weight", () => {
    const rollup = objectiveRollup([link("on_track", 3), link("off_track", 1)]);
    expect(rollup.onTrack).toBe(0.75);
    expect(rollup.totalWeight).toBe(4);
    expect(objectiveRollup([link("on_track", 1), link("off_track", 3)]).onTrack).toBe(0.25);
    expect(objectiveRollup([link("on_track", 0.5), link("off_track", 1.5)]).onTrack).toBe(0.25);
  });

  it("leaves KPIs not yet due out of the share on track, but keeps them in the shares", () => {
    const rollup = objectiveRollup([link("on_track", 1), link("off_track", 1), link("no_data", 2)]);
    expect(rollup.onTrack).toBe(0.5);
    expect(rollup.judgedWeight).toBe(2);
    expect(rollup.shares).toEqual({ on_track: 0.25, at_risk: 0, off_track: 0.25, overdue: 0, no_data: 0.5 });
  });

  it("counts an overdue KPI against the objective", () => {
    expect(objectiveRollup([link("on_track", 1), link("overdue", 3)]).onTrack).toBe(0.25);
    expect(objectiveRollup([link("overdue", 1)]).onTrack).toBe(0);
  });

  it("cannot judge an objective whose KPIs are all not yet due", () => {
    const rollup = objectiveRollup([link("no_data", 1), link("no_data", 5)]);
    expect(rollup.onTrack).toBeNull();
    expect(rollup.shares!.no_data).toBe(1);
    expect(rollup.progress).toBeNull();
  });

  it("is 1 with every KPI on track and 0 with none", () => {
    expect(objectiveRollup([link("on_track", 2), link("on_track", 9)]).onTrack).toBe(1);
    expect(objectiveRollup([link("at_risk", 2), link("off_track", 9)]).onTrack).toBe(0);
  });

  it("averages progress by weight, capped to 0…1", () => {
    const rollup = objectiveRollup([link("on_track", 1, 1.8), link("off_track", 3, 0.2)]);
    // (1 × 1 + 3 × 0.2) / 4: the KPI past its target counts as at its target.
    expect(rollup.progress).toBeCloseTo(0.4, 12);
    expect(rollup.progressCoverage).toBe(1);
    expect(objectiveRollup([link("off_track", 1, -0.5), link("on_track", 1, 1)]).progress).toBe(0.5);
  });

  it("measures progress only on current, measurable values and says how much weight it covers", () => {
    const rollup = objectiveRollup([link("on_track", 1, 0.9), link("at_risk", 1, null), link("overdue", 1, 0.1), link("no_data", 1, 0.3)]);
    expect(rollup.progress).toBeCloseTo(0.9, 12);
    expect(rollup.progressCoverage).toBe(0.25);
    expect(objectiveRollup([link("overdue", 2, 0.5)]).progress).toBeNull();
    expect(objectiveRollup([link("on_track", 1, Number.NaN)]).progress).toBeNull();
  });

  it("gives every status its weighted share, for each status alone", () => {
    for (const status of KPI_STATUSES) {
      const rollup = objectiveRollup([link(status, 2)]);
      expect(rollup.shares![status]).toBe(1);
      expect(rollup.onTrack).toBe(status === "on_track" ? 1 : status === "no_data" ? null : 0);
    }
  });

  it("refuses a weight of 0 or less, or no number at all", () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => objectiveRollup([link("on_track", weight)])).toThrow(/more than 0/);
    }
  });
});

describe("weightedHealth", () => {
  it("reads month totals of weight the same way as the roll-up reads links", () => {
    const weights = { ...emptyStatusWeights(), on_track: 3, at_risk: 1, no_data: 4 };
    const health = weightedHealth(weights);
    expect(health.onTrack).toBe(0.75);
    expect(health.shares!.no_data).toBe(0.5);
    expect(health).toEqual({ ...objectiveRollup([link("on_track", 3), link("at_risk", 1), link("no_data", 4)]), linkCount: undefined, progress: undefined, progressCoverage: undefined });
  });

  it("is empty for a month with no weight", () => {
    expect(weightedHealth(emptyStatusWeights())).toEqual({ shares: null, onTrack: null, judgedWeight: 0, totalWeight: 0 });
  });

  it("refuses negative or unbounded weight", () => {
    expect(() => weightedHealth({ ...emptyStatusWeights(), at_risk: -1 })).toThrow(/at least 0/);
    expect(() => weightedHealth({ ...emptyStatusWeights(), at_risk: Number.POSITIVE_INFINITY })).toThrow(/at least 0/);
  });
});

describe("linkProgress", () => {
  const base = { baseline: 50, target: 100, targetMin: null, targetMax: null };

  it("measures from the baseline toward the target, either direction", () => {
    expect(linkProgress({ ...base, direction: "increase", value: 75 })).toBe(0.5);
    expect(linkProgress({ ...base, direction: "increase", value: 40 })).toBe(-0.2);
    expect(linkProgress({ direction: "decrease", value: 15, baseline: 20, target: 10, targetMin: null, targetMax: null })).toBe(0.5);
  });

  it("cannot measure without a value, a baseline or a target, or when the baseline is the target", () => {
    expect(linkProgress({ ...base, direction: "increase", value: null })).toBeNull();
    expect(linkProgress({ ...base, direction: "increase", value: 75, baseline: null })).toBeNull();
    expect(linkProgress({ ...base, direction: "increase", value: 75, target: null })).toBeNull();
    expect(linkProgress({ ...base, direction: "increase", value: 75, baseline: 100 })).toBeNull();
  });

  it("puts a range KPI inside its range at its target, and measures toward the nearer bound outside it", () => {
    const range = { direction: "range" as const, baseline: 10, target: null, targetMin: 40, targetMax: 60 };
    expect(linkProgress({ ...range, value: 40 })).toBe(1);
    expect(linkProgress({ ...range, value: 60 })).toBe(1);
    expect(linkProgress({ ...range, value: 25 })).toBe(0.5);
    expect(linkProgress({ ...range, baseline: 90, value: 75 })).toBe(0.5);
    expect(linkProgress({ ...range, targetMax: null, value: 50 })).toBeNull();
  });
});
