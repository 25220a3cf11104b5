import { describe, expect, it } from "vitest";
import { SMART_KEYS, smartCheck, smartScore } from "./smart";
import type { SmartInput, SmartKey, SmartResult } from "./smart";
import type { TargetEntry } from "./status";

function target(values: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2026-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...values };
}

const complete: SmartInput = {
  description: "Recognised sales per month from the ledger, net of refunds.",
  hasOwner: true,
  unit: "currency",
  direction: "increase",
  currentTarget: target({ target: 60 }),
  baseline: 40,
  history: [],
  objectiveCount: 1,
  cadence: "monthly",
  endDate: "2026-12-31",
};

function check(key: SmartKey, input: Partial<SmartInput>): SmartResult {
  const found = smartCheck({ ...complete, ...input }).find((result) => result.key === key);
  if (!found) throw new Error(`No ${key} result.`);
  return found;
}

describe("smartCheck", () => {
  it("gives five results in S-M-A-R-T order, all passing for a complete KPI", () => {
    const results = smartCheck(complete);
    expect(results.map((result) => result.key)).toEqual([...SMART_KEYS]);
    expect(results.map((result) => result.label)).toEqual(["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"]);
    expect(results.every((result) => result.passed)).toBe(true);
    expect(smartScore(results)).toBe(5);
  });

  it("explains every result in a sentence", () => {
    const failing = smartCheck({ ...complete, description: "", hasOwner: false, unit: null, currentTarget: null, baseline: null, objectiveCount: 0, cadence: null, endDate: null });
    expect(smartScore(failing)).toBe(0);
    for (const result of [...failing, ...smartCheck(complete)]) expect(result.reason).toMatch(/^[A-Z].*\.$/);
  });
});

describe("Specific", () => {
  it("passes with a description of at least 20 characters and an owner", () => {
    expect(check("specific", { description: `  ${"x".repeat(20)}  ` })).toMatchObject({
      passed: true,
      reason: "It says what is measured and how, and has an owner who answers for it.",
    });
  });

  it.each([
    [{ description: "x".repeat(19) }, "The description is too short: describe what is measured and how in at least 20 characters."],
    [{ description: `   ${"x".repeat(19)}   ` }, "The description is too short: describe what is measured and how in at least 20 characters."],
    [{ hasOwner: false }, "No owner: choose the person who answers for this KPI."],
    [{ description: "", hasOwner: false }, "No description and no owner: describe what is measured and how in at least 20 characters, and choose an owner."],
  ])("fails for %o", (input, reason) => {
    expect(check("specific", input)).toMatchObject({ passed: false, reason });
  });
});

describe("Measurable", () => {
  it("passes with a unit and a target, naming both", () => {
    expect(check("measurable", {})).toMatchObject({ passed: true, reason: "It has a unit (Currency) and a target (≥ 60) to measure against." });
    expect(check("measurable", { direction: "range", currentTarget: target({ targetMin: 40, targetMax: 60 }) })).toMatchObject({
      passed: true,
      reason: "It has a unit (Currency) and a target (40 – 60) to measure against.",
    });
  });

  it.each([
    [{ unit: null }, "No unit: choose one, so values can be read and compared."],
    [{ currentTarget: null }, "No target: set a target value to measure against."],
    [{ currentTarget: target({ targetMin: 1, targetMax: 2 }) }, "No target: set a target value to measure against."],
    [{ direction: "range", currentTarget: target({ targetMin: 40 }) }, "No target: set a minimum and a maximum to measure against."],
    [{ unit: null, currentTarget: null }, "No unit and no target: choose a unit and set a target value."],
  ] as const)("fails for %o", (input, reason) => {
    expect(check("measurable", input)).toMatchObject({ passed: false, reason });
  });
});

describe("Achievable", () => {
  it.each([
    // direction, baseline, target, reason
    ["increase", 40, target({ target: 80 }), "The target (≥ 80) is within a plausible stretch of the baseline (40)."],
    ["increase", 40, target({ target: 30 }), "The baseline (40) already meets the target (≥ 30)."],
    ["increase", -50, target({ target: 0 }), "The target (≥ 0) is within a plausible stretch of the baseline (-50)."],
    ["decrease", 40, target({ target: 0 }), "The target (≤ 0) is within a plausible stretch of the baseline (40)."],
    ["decrease", 40, target({ target: 50 }), "The baseline (40) already meets the target (≤ 50)."],
    ["decrease", 0, target({ target: 0 }), "The baseline (0) already meets the target (≤ 0)."],
    ["range", 40, target({ targetMin: 70, targetMax: 90 }), "The target (70 – 90) is within a plausible stretch of the baseline (40)."],
    ["range", 40, target({ targetMin: 0, targetMax: 20 }), "The target (0 – 20) is within a plausible stretch of the baseline (40)."],
    ["range", 50, target({ targetMin: 40, targetMax: 60 }), "The baseline (50) already meets the target (40 – 60)."],
    ["range", 0, target({ targetMin: -1, targetMax: 1 }), "The baseline (0) already meets the target (-1 – 1)."],
  ] as const)("passes a %s KPI from %s toward %o", (direction, baseline, currentTarget, reason) => {
    expect(check("achievable", { direction, baseline, currentTarget })).toMatchObject({ passed: true, reason });
  });

  it.each([
    ["increase", null, target({ target: 80 }), "No baseline: record where you start from."],
    ["increase", 40, null, "No target yet: set one, so it can be compared with the baseline."],
    ["range", 40, target({ targetMin: 50 }), "No target yet: set one, so it can be compared with the baseline."],
    [
      "increase",
      40,
      target({ target: 120 }),
      "The target is more than double the baseline (40 → 120). Aim for at most 80, or record values that show more is within reach.",
    ],
    [
      "increase",
      -50,
      target({ target: 10 }),
      "The target is more than a 100% step up from the baseline (-50 → 10). Aim for at most 0, or record values that show more is within reach.",
    ],
    [
      "decrease",
      40,
      target({ target: -5 }),
      "The target cuts more than the whole baseline (40 → -5). Aim for at least 0, or record values that show more is within reach.",
    ],
    [
      "decrease",
      -10,
      target({ target: -25 }),
      "The target is more than a 100% step down from the baseline (-10 → -25). Aim for at least -20, or record values that show more is within reach.",
    ],
    [
      "range",
      40,
      target({ targetMin: 81, targetMax: 90 }),
      "The target range starts more than double the baseline (40 → 81 – 90). Start it at 80 or lower, or record values that show more is within reach.",
    ],
    [
      "range",
      40,
      target({ targetMin: -20, targetMax: -1 }),
      "The target range ends below 0 while the baseline is positive (40 → -20 – -1). End it at 0 or higher, or record values that show more is within reach.",
    ],
    [
      "increase",
      0,
      target({ target: 10 }),
      "From a baseline of 0 there is nothing to measure a stretch against: record a few values, then set the target from them.",
    ],
  ] as const)("fails a %s KPI from %s toward %o", (direction, baseline, currentTarget, reason) => {
    expect(check("achievable", { direction, baseline, currentTarget })).toMatchObject({ passed: false, reason });
  });

  it("treats the stretch edge as plausible, binary fractions included", () => {
    expect(check("achievable", { baseline: 0.1, currentTarget: target({ target: 0.1 + 0.1 }) }).passed).toBe(true);
    expect(check("achievable", { baseline: 0.15, currentTarget: target({ target: 0.3 }) }).passed).toBe(true);
    expect(check("achievable", { baseline: 0.15, currentTarget: target({ target: 0.300001 }) }).passed).toBe(false);
  });

  it("lets recorded history justify a target beyond the baseline's reach", () => {
    const input = { baseline: 40, currentTarget: target({ target: 120 }) };
    expect(check("achievable", { ...input, history: [45, 70, 50] })).toMatchObject({
      passed: true,
      reason: "The target (≥ 120) is within a plausible stretch of the best recorded value (70).",
    });
    expect(check("achievable", { ...input, history: [45, 55] })).toMatchObject({
      passed: false,
      reason: "The target is more than double the best recorded value (55 → 120). Aim for at most 110, or record values that show more is within reach.",
    });
    expect(check("achievable", { ...input, history: [130] }).reason).toBe("The best recorded value (130) already meets the target (≥ 120).");
    expect(check("achievable", { baseline: 0, currentTarget: target({ target: 10 }), history: [0, 6] }).passed).toBe(true);
  });

  it("still needs a baseline when there is history", () => {
    expect(check("achievable", { baseline: null, history: [50, 60] }).reason).toBe("No baseline: record where you start from.");
  });
});

describe("Relevant", () => {
  it("passes when linked to objectives", () => {
    expect(check("relevant", { objectiveCount: 1 })).toMatchObject({ passed: true, reason: "It serves 1 objective." });
    expect(check("relevant", { objectiveCount: 3 })).toMatchObject({ passed: true, reason: "It serves 3 objectives." });
  });

  it("fails without an objective", () => {
    expect(check("relevant", { objectiveCount: 0 })).toMatchObject({
      passed: false,
      reason: "Not linked to an objective: link it to the objective it serves.",
    });
  });
});

describe("Time-bound", () => {
  it("passes with a cadence and an end date", () => {
    expect(check("timeBound", {})).toMatchObject({ passed: true, reason: "Values are due monthly until 31 Dec 2026." });
  });

  it.each([
    [{ endDate: null }, "No end date: set the date by which the target must be met."],
    [{ cadence: null }, "No cadence: choose how often values are due."],
    [{ cadence: null, endDate: null }, "No cadence and no end date: choose how often values are due and by when the target must be met."],
  ])("fails for %o", (input, reason) => {
    expect(check("timeBound", input)).toMatchObject({ passed: false, reason });
  });
});

describe("smartScore", () => {
  it("counts the passed checks", () => {
    expect(smartScore([])).toBe(0);
    expect(smartScore(smartCheck({ ...complete, objectiveCount: 0, endDate: null }))).toBe(3);
  });
});
