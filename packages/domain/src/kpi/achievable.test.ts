import { describe, expect, it } from "vitest";
import { achievableCheck, type AchievableInput } from "./achievable";
import type { TargetEntry } from "./status";
import type { KpiDirection } from "./vocabulary";

/** A small deterministic generator, so that a failure names the same history every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function entry(values: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2026-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...values };
}

const DIRECTIONS: KpiDirection[] = ["increase", "decrease", "range"];

describe("achievableCheck on the extremes of a history", () => {
  it("gives the verdict of the whole history from its lowest and highest values alone", () => {
    const random = generator(20_261_201);
    const value = () => Math.round((random() * 400 - 200) * 10) / 10;
    let compared = 0;
    for (let round = 0; round < 5000; round += 1) {
      const direction = DIRECTIONS[round % 3]!;
      const low = value();
      const currentTarget = direction === "range" ? entry({ targetMin: low, targetMax: low + Math.abs(value()) }) : entry({ target: value() });
      const history = Array.from({ length: 1 + Math.floor(random() * 12) }, value);
      const input: AchievableInput = { direction, currentTarget, baseline: round % 7 === 0 ? 0 : value(), history };
      const extremes: AchievableInput = { ...input, history: [Math.min(...history), Math.max(...history)] };
      const whole = achievableCheck(input);
      const fromExtremes = achievableCheck(extremes);
      expect(fromExtremes.passed, JSON.stringify(input)).toBe(whole.passed);
      compared += 1;
    }
    expect(compared).toBe(5000);
  });

  it("names the same best value when it is unique", () => {
    const input: AchievableInput = { direction: "increase", currentTarget: entry({ target: 120 }), baseline: 40, history: [45, 70, 50] };
    expect(achievableCheck({ ...input, history: [45, 70] }).reason).toBe(achievableCheck(input).reason);
    const range: AchievableInput = { direction: "range", currentTarget: entry({ targetMin: 90, targetMax: 110 }), baseline: 20, history: [30, 60, 41] };
    expect(achievableCheck({ ...range, history: [30, 60] }).reason).toBe(achievableCheck(range).reason);
  });
});
