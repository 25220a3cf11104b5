import { describe, expect, it } from "vitest";
import { periodStatus, progressToward, targetFor, targetSummary } from "./status";
import type { TargetEntry } from "./status";

function entry(values: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2026-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...values };
}

describe("periodStatus for increase", () => {
  const withWarning = entry({ target: 95, warning: 90 });

  it.each([
    [120, "on_track"],
    [95, "on_track"],
    [94.999999, "at_risk"],
    [92, "at_risk"],
    [90, "at_risk"],
    [89.999999, "off_track"],
    [0, "off_track"],
    [-5, "off_track"],
  ] as const)("with target 95 and warning 90, %s is %s", (value, status) => {
    expect(periodStatus("increase", value, withWarning)).toBe(status);
  });

  it("without a warning, anything below the target is off track", () => {
    const noWarning = entry({ target: 95 });
    expect(periodStatus("increase", 95, noWarning)).toBe("on_track");
    expect(periodStatus("increase", 94.999999, noWarning)).toBe("off_track");
  });

  it("with the warning equal to the target, there is no at-risk band", () => {
    const same = entry({ target: 50, warning: 50 });
    expect(periodStatus("increase", 50, same)).toBe("on_track");
    expect(periodStatus("increase", 49.999999, same)).toBe("off_track");
  });

  it("works below zero", () => {
    const loss = entry({ target: -10, warning: -20 });
    expect(periodStatus("increase", -10, loss)).toBe("on_track");
    expect(periodStatus("increase", -15, loss)).toBe("at_risk");
    expect(periodStatus("increase", -20, loss)).toBe("at_risk");
    expect(periodStatus("increase", -20.5, loss)).toBe("off_track");
  });

  it("is not fooled by binary fractions", () => {
    expect(periodStatus("increase", 0.1 + 0.2, entry({ target: 0.3 }))).toBe("on_track");
    expect(periodStatus("increase", 0.3, entry({ target: 0.1 + 0.2 }))).toBe("on_track");
    expect(periodStatus("increase", 0.299999, entry({ target: 0.3 }))).toBe("off_track");
  });
});

describe("periodStatus for decrease", () => {
  const withWarning = entry({ target: 30, warning: 40 });

  it.each([
    [10, "on_track"],
    [30, "on_track"],
    [30.000001, "at_risk"],
    [35, "at_risk"],
    [40, "at_risk"],
    [40.000001, "off_track"],
    [1000, "off_track"],
    [-3, "on_track"],
  ] as const)("with target 30 and warning 40, %s is %s", (value, status) => {
    expect(periodStatus("decrease", value, withWarning)).toBe(status);
  });

  it("without a warning, anything above the target is off track", () => {
    expect(periodStatus("decrease", 30.000001, entry({ target: 30 }))).toBe("off_track");
  });

  it("with the warning equal to the target, there is no at-risk band", () => {
    const same = entry({ target: 30, warning: 30 });
    expect(periodStatus("decrease", 30, same)).toBe("on_track");
    expect(periodStatus("decrease", 30.000001, same)).toBe("off_track");
  });

  it("works below zero and with binary fractions", () => {
    const negative = entry({ target: -5, warning: 0 });
    expect(periodStatus("decrease", -5, negative)).toBe("on_track");
    expect(periodStatus("decrease", 0, negative)).toBe("at_risk");
    expect(periodStatus("decrease", 0.1, negative)).toBe("off_track");
    expect(periodStatus("decrease", 0.1 + 0.2, entry({ target: 0.3 }))).toBe("on_track");
  });
});

describe("periodStatus for range", () => {
  const band = entry({ targetMin: 40, targetMax: 60, tolerance: 5 });

  it.each([
    [40, "on_track"],
    [50, "on_track"],
    [60, "on_track"],
    [39.999999, "at_risk"],
    [35, "at_risk"],
    [34.999999, "off_track"],
    [60.000001, "at_risk"],
    [65, "at_risk"],
    [65.000001, "off_track"],
    [0, "off_track"],
  ] as const)("with band 40–60 and tolerance 5, %s is %s", (value, status) => {
    expect(periodStatus("range", value, band)).toBe(status);
  });

  it("without a tolerance, anything outside the band is off track", () => {
    const strict = entry({ targetMin: 40, targetMax: 60 });
    expect(periodStatus("range", 40, strict)).toBe("on_track");
    expect(periodStatus("range", 39.999999, strict)).toBe("off_track");
    expect(periodStatus("range", 60.000001, strict)).toBe("off_track");
    expect(periodStatus("range", 39, entry({ targetMin: 40, targetMax: 60, tolerance: 0 }))).toBe("off_track");
  });

  it("accepts a band of a single value", () => {
    const exact = entry({ targetMin: 0, targetMax: 0, tolerance: 1 });
    expect(periodStatus("range", 0, exact)).toBe("on_track");
    expect(periodStatus("range", -1, exact)).toBe("at_risk");
    expect(periodStatus("range", 1.5, exact)).toBe("off_track");
  });

  it("works below zero and keeps tolerance edges exact in binary fractions", () => {
    const negative = entry({ targetMin: -2, targetMax: 2, tolerance: 0.5 });
    expect(periodStatus("range", -2.5, negative)).toBe("at_risk");
    expect(periodStatus("range", -2.500001, negative)).toBe("off_track");
    // 0.7 + 0.1 is 0.7999999999999999 in floats; 0.8 is still the edge of the tolerance.
    expect(periodStatus("range", 0.8, entry({ targetMin: 0.2, targetMax: 0.7, tolerance: 0.1 }))).toBe("at_risk");
    // 0.4 − 0.1 is 0.30000000000000004 in floats; 0.3 is still the edge of the tolerance.
    expect(periodStatus("range", 0.3, entry({ targetMin: 0.4, targetMax: 0.7, tolerance: 0.1 }))).toBe("at_risk");
  });

  it("treats a negative tolerance as none", () => {
    expect(periodStatus("range", 39, entry({ targetMin: 40, targetMax: 60, tolerance: -5 }))).toBe("off_track");
  });
});

describe("periodStatus refuses what it cannot judge", () => {
  it.each([
    ["increase", entry({ targetMin: 1, targetMax: 2 }), /needs a target/],
    ["decrease", entry({ warning: 3 }), /needs a target/],
    ["range", entry({ target: 5, targetMax: 10 }), /needs a minimum/],
    ["range", entry({ targetMin: 5 }), /needs a maximum/],
    ["range", entry({ targetMin: 10, targetMax: 5 }), /above its maximum/],
  ] as const)("a %s KPI with %o", (direction, incomplete, message) => {
    expect(() => periodStatus(direction, 1, incomplete)).toThrow(message);
  });

  it("a value that is not a number", () => {
    expect(() => periodStatus("increase", Number.NaN, entry({ target: 1 }))).toThrow(/finite number/);
    expect(() => periodStatus("increase", Number.POSITIVE_INFINITY, entry({ target: 1 }))).toThrow(/finite number/);
  });
});

describe("targetFor", () => {
  const schedule = [
    entry({ effectiveFrom: "2026-07-01", target: 120 }),
    entry({ effectiveFrom: "2026-01-01", target: 100 }),
    entry({ effectiveFrom: "2026-04-01", target: 110 }),
  ];

  it.each([
    ["2025-10-01", 100],
    ["2026-01-01", 100],
    ["2026-03-01", 100],
    ["2026-04-01", 110],
    ["2026-06-30", 110],
    ["2026-07-01", 120],
    ["2030-01-01", 120],
  ] as const)("for a period starting %s the target is %i, whatever the schedule's order", (start, target) => {
    expect(targetFor(schedule, start)?.target).toBe(target);
    expect(targetFor([...schedule].reverse(), start)?.target).toBe(target);
  });

  it("is null for an empty schedule", () => {
    expect(targetFor([], "2026-01-01")).toBeNull();
  });
});

describe("progressToward", () => {
  it.each([
    [40, 40, 80, 0],
    [60, 40, 80, 0.5],
    [80, 40, 80, 1],
    [100, 40, 80, 1.5],
    [30, 40, 80, -0.25],
    [20, 40, 20, 1],
    [30, 40, 20, 0.5],
    [50, 40, 20, -0.5],
    [-5, -10, 0, 0.5],
  ] as const)("value %s from baseline %s toward %s is %s", (value, baseline, target, progress) => {
    expect(progressToward(value, baseline, target)).toBeCloseTo(progress, 12);
  });

  it("is null without a baseline, without a target, or when they are equal", () => {
    expect(progressToward(50, null, 80)).toBeNull();
    expect(progressToward(50, 40, null)).toBeNull();
    expect(progressToward(50, 40, 40)).toBeNull();
    expect(progressToward(50, 0.1 + 0.2, 0.3)).toBeNull();
  });
});

describe("targetSummary", () => {
  it("writes each direction's target", () => {
    expect(targetSummary("increase", entry({ target: 95 }))).toBe("≥ 95");
    expect(targetSummary("decrease", entry({ target: 30 }))).toBe("≤ 30");
    expect(targetSummary("range", entry({ targetMin: 40, targetMax: 60 }))).toBe("40 – 60");
    expect(targetSummary("increase", entry({ target: 0.1 + 0.2 }))).toBe("≥ 0.3");
    expect(targetSummary("decrease", entry({ target: -2.5 }))).toBe("≤ -2.5");
  });

  it("lets the caller format the numbers", () => {
    expect(targetSummary("increase", entry({ target: 95 }), (value) => `${value}%`)).toBe("≥ 95%");
  });

  it("says so when there is no target", () => {
    expect(targetSummary("increase", null)).toBe("No target");
    expect(targetSummary("increase", entry({ targetMin: 1, targetMax: 2 }))).toBe("No target");
    expect(targetSummary("range", entry({ targetMin: 1 }))).toBe("No target");
  });
});
