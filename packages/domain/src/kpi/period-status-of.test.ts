import { describe, expect, it } from "vitest";
import { statusOfPeriod } from "./period-status-of";
import type { TargetEntry } from "./status";

const entry = (overrides: Partial<TargetEntry>): TargetEntry => ({ effectiveFrom: "2025-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...overrides });

describe("statusOfPeriod", () => {
  it("judges a value against the target its period had", () => {
    const schedule = [entry({ target: 100, warning: 90 }), entry({ effectiveFrom: "2026-01-01", target: 200, warning: 150 })];
    expect(statusOfPeriod("increase", schedule, "2025-06-01", 120)).toBe("on_track");
    expect(statusOfPeriod("increase", schedule, "2026-06-01", 120)).toBe("off_track");
    expect(statusOfPeriod("increase", schedule, "2026-06-01", 160)).toBe("at_risk");
    expect(statusOfPeriod("decrease", schedule, "2025-06-01", 80)).toBe("on_track");
    expect(statusOfPeriod("range", [entry({ targetMin: 1, targetMax: 3, tolerance: 1 })], "2025-06-01", 3.5)).toBe("at_risk");
  });

  it("is null where the schedule cannot say", () => {
    expect(statusOfPeriod("increase", [], "2025-06-01", 1)).toBeNull();
    expect(statusOfPeriod("increase", [entry({ targetMin: 1, targetMax: 2 })], "2025-06-01", 1)).toBeNull();
    expect(statusOfPeriod("range", [entry({ target: 5 })], "2025-06-01", 1)).toBeNull();
    expect(statusOfPeriod("range", [entry({ targetMin: 5, targetMax: 1 })], "2025-06-01", 1)).toBeNull();
    expect(statusOfPeriod("increase", [entry({ target: 5 })], "2025-06-01", Number.NaN)).toBeNull();
  });
});
