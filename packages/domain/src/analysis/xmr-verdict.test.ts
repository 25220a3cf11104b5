import { describe, expect, it } from "vitest";
import type { TargetEntry } from "../kpi/status";
import { xmrAnalysis, type XmrResult } from "./xmr";
import { capabilitySentence, latestSignal, signalVerdict, targetCapability } from "./xmr-verdict";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function months(count: number, from = "2025-01"): string[] {
  const [year, month] = from.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  });
}

const label = (period: string) => `${MONTH_NAMES[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;

function analyse(values: number[], baseline?: number): XmrResult {
  const result = xmrAnalysis(values, baseline === undefined ? {} : { baseline });
  if (!result) throw new Error("expected an analysis");
  return result;
}

function entry(fields: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2025-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...fields };
}

const ROUTINE = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];

describe("signalVerdict", () => {
  it("calls routine data routine variation", () => {
    const verdict = signalVerdict(analyse(ROUTINE), months(12), label);
    expect(verdict).toEqual({ kind: "routine_variation", rule: null, direction: null, since: null, text: "routine variation" });
  });

  it("names a shift up with the period it started", () => {
    const values = [...ROUTINE, 11.5, 11.2, 11.8, 11.4, 11.6, 11.3, 11.7, 11.1];
    const verdict = signalVerdict(analyse(values, 12), months(values.length), label);
    expect(verdict).toMatchObject({ kind: "signal", rule: "shift", direction: "up", since: "2026-01-01" });
    expect(verdict.text).toBe("signal: shift up since Jan 2026");
  });

  it("names a point beyond a limit, a trend, and 2 of 3 near a limit", () => {
    const beyond = [...ROUTINE, 30];
    expect(signalVerdict(analyse(beyond, 12), months(13), label).text).toBe("signal: above the upper limit in Jan 2026");
    const low = [...ROUTINE, -10];
    expect(signalVerdict(analyse(low, 12), months(13), label).text).toBe("signal: below the lower limit in Jan 2026");
    const falling = [...ROUTINE, 11.9, 11.6, 11.3, 11, 10.7, 10.4];
    expect(signalVerdict(analyse(falling, 12), months(18), label).text).toBe("signal: trend down since Jan 2026");
    const near = [...ROUTINE, 15, 11, 15];
    expect(signalVerdict(analyse(near, 12), months(15), label).text).toBe("signal: 2 of 3 points near the upper limit since Jan 2026");
  });

  it("has not enough data below 6 values", () => {
    expect(signalVerdict(analyse([1, 2, 3, 2, 1]), months(5), label).kind).toBe("not_enough_data");
    expect(signalVerdict(null, [], label).text).toMatch(/at least 6/);
  });

  it("insists on one period per value", () => {
    expect(() => signalVerdict(analyse(ROUTINE), months(11), label)).toThrow(/period/);
  });
});

describe("latestSignal", () => {
  it("prefers the episode that reaches furthest, then the earliest start, then the rule order", () => {
    expect(latestSignal([])).toBeNull();
    const shift = { rule: "shift" as const, direction: "up" as const, start: 2, end: 9 };
    const beyond = { rule: "beyond_limit" as const, direction: "up" as const, start: 9, end: 9 };
    const old = { rule: "trend" as const, direction: "down" as const, start: 0, end: 5 };
    expect(latestSignal([old, beyond, shift])).toBe(shift);
    const beyondAtStart = { rule: "beyond_limit" as const, direction: "up" as const, start: 2, end: 9 };
    expect(latestSignal([shift, beyondAtStart])).toBe(beyondAtStart);
  });
});

describe("targetCapability", () => {
  // centre 11, mR̄ 2 → limits 5.68 to 16.32
  const routine = analyse(ROUTINE);

  it("is direction-aware for a single target", () => {
    expect(targetCapability(routine, "increase", entry({ target: 5 }))).toBe("met_consistently");
    expect(targetCapability(routine, "increase", entry({ target: 11 }))).toBe("hit_and_miss");
    expect(targetCapability(routine, "increase", entry({ target: 17 }))).toBe("missed_consistently");
    expect(targetCapability(routine, "decrease", entry({ target: 17 }))).toBe("met_consistently");
    expect(targetCapability(routine, "decrease", entry({ target: 11 }))).toBe("hit_and_miss");
    expect(targetCapability(routine, "decrease", entry({ target: 5 }))).toBe("missed_consistently");
  });

  it("compares a range with both limits", () => {
    expect(targetCapability(routine, "range", entry({ targetMin: 5, targetMax: 17 }))).toBe("met_consistently");
    expect(targetCapability(routine, "range", entry({ targetMin: 8, targetMax: 17 }))).toBe("hit_and_miss");
    expect(targetCapability(routine, "range", entry({ targetMin: 8, targetMax: 12 }))).toBe("hit_and_miss");
    expect(targetCapability(routine, "range", entry({ targetMin: 17, targetMax: 20 }))).toBe("missed_consistently");
    expect(targetCapability(routine, "range", entry({ targetMin: 1, targetMax: 5 }))).toBe("missed_consistently");
  });

  it("has no target when the schedule has none", () => {
    expect(targetCapability(routine, "increase", null)).toBe("no_target");
    expect(targetCapability(routine, "decrease", entry({}))).toBe("no_target");
    expect(targetCapability(routine, "range", entry({ targetMin: 1 }))).toBe("no_target");
  });

  it("words the comparison", () => {
    const format = (value: number) => value.toFixed(1);
    expect(capabilitySentence(routine, "increase", entry({ target: 11 }), format)).toBe(
      "The natural process limits run from 5.7 to 16.3. The target ≥ 11.0 lies within their reach: hit and miss.",
    );
    expect(capabilitySentence(routine, "increase", entry({ target: 5 }), format)).toBe(
      "The natural process limits run from 5.7 to 16.3. The target ≥ 5.0 lies beyond them on the good side: met consistently.",
    );
    expect(capabilitySentence(routine, "increase", null, format)).toBe(
      "The natural process limits run from 5.7 to 16.3; there is no target to compare them with.",
    );
  });
});
