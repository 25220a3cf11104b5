import { describe, expect, it } from "vitest";
import type { TargetEntry } from "../kpi/status";
import { attentionReason, missingPeriod, type AttentionFacts } from "./attention-reason";

const format = { value: (value: number) => `${value} %`, date: (date: string) => `on ${date}` };

function entry(overrides: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2026-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...overrides };
}

function facts(overrides: Partial<AttentionFacts>): AttentionFacts {
  return { status: "off_track", direction: "increase", latest: { periodLabel: "Oct 2026", value: 87.5 }, target: entry({ target: 92, warning: 88 }), missing: null, ...overrides };
}

describe("attentionReason", () => {
  it("names the warning an increasing KPI fell below, with the value's period", () => {
    expect(attentionReason(facts({}), format)).toBe("Oct 2026: 87.5 % is below the warning 88 %");
  });

  it("says an at-risk increasing KPI is below its target but within the warning", () => {
    expect(attentionReason(facts({ status: "at_risk", latest: { periodLabel: "Oct 2026", value: 90 } }), format)).toBe(
      "Oct 2026: 90 % is below the target 92 %, within the warning 88 %",
    );
  });

  it("names the target when there is no warning", () => {
    const noWarning = entry({ target: 92 });
    expect(attentionReason(facts({ target: noWarning }), format)).toBe("Oct 2026: 87.5 % is below the target 92 %");
    expect(attentionReason(facts({ target: noWarning, status: "at_risk" }), format)).toBe("Oct 2026: 87.5 % is below the target 92 %");
  });

  it("mirrors a decreasing KPI: above the warning or the target", () => {
    const decrease = { direction: "decrease" as const, target: entry({ target: 2, warning: 3 }) };
    expect(attentionReason(facts({ ...decrease, latest: { periodLabel: "Q3 2026", value: 4 } }), format)).toBe("Q3 2026: 4 % is above the warning 3 %");
    expect(attentionReason(facts({ ...decrease, status: "at_risk", latest: { periodLabel: "Q3 2026", value: 2.5 } }), format)).toBe(
      "Q3 2026: 2.5 % is above the target 2 %, within the warning 3 %",
    );
  });

  it("says which side of a range a value left and how the tolerance judged it", () => {
    const range = { direction: "range" as const, target: entry({ targetMin: 40, targetMax: 60, tolerance: 5 }) };
    expect(attentionReason(facts({ ...range, latest: { periodLabel: "2026", value: 30 } }), format)).toBe("2026: 30 % is below the minimum 40 % by more than the tolerance 5 %");
    expect(attentionReason(facts({ ...range, status: "at_risk", latest: { periodLabel: "2026", value: 63 } }), format)).toBe(
      "2026: 63 % is above the maximum 60 %, within the tolerance 5 %",
    );
    expect(attentionReason(facts({ direction: "range", target: entry({ targetMin: 40, targetMax: 60 }), latest: { periodLabel: "2026", value: 70 } }), format)).toBe(
      "2026: 70 % is above the maximum 60 %",
    );
  });

  it("says when there is nothing to judge a value by", () => {
    expect(attentionReason(facts({ target: null }), format)).toBe("Oct 2026: 87.5 % has no target to be judged by");
    expect(attentionReason(facts({ direction: "range", target: entry({ targetMin: 1 }) }), format)).toBe("Oct 2026: 87.5 % has no range to be judged by");
    expect(attentionReason(facts({ latest: null }), format)).toBe("No value recorded yet");
  });

  it("names the missing period of an overdue KPI, the day it became overdue and the last value with its period", () => {
    const missing = { periodLabel: "Oct 2026", overdueSince: "2026-11-04" };
    expect(attentionReason(facts({ status: "overdue", missing, latest: { periodLabel: "Sep 2026", value: 12 } }), format)).toBe(
      "No value for Oct 2026, due since on 2026-11-04; the last is 12 % for Sep 2026",
    );
    expect(attentionReason(facts({ status: "overdue", missing, latest: null }), format)).toBe("No value for Oct 2026, due since on 2026-11-04; none recorded yet");
    expect(attentionReason(facts({ status: "overdue", missing: null, latest: null }), format)).toBe("A value is due; none recorded yet");
  });
});

describe("missingPeriod", () => {
  it("is the newest due period, overdue from the day after its end plus the grace days", () => {
    expect(missingPeriod("monthly", "2026-11-30", 1)).toEqual({ periodStart: "2026-10-01", overdueSince: "2026-11-04" });
    // Within the grace time the period before is still the one due.
    expect(missingPeriod("monthly", "2026-11-03", 1)).toEqual({ periodStart: "2026-09-01", overdueSince: "2026-10-04" });
    expect(missingPeriod("monthly", "2026-11-04", 1)).toEqual({ periodStart: "2026-10-01", overdueSince: "2026-11-04" });
  });

  it("follows each cadence across a year end", () => {
    expect(missingPeriod("quarterly", "2027-01-10", 1)).toEqual({ periodStart: "2026-10-01", overdueSince: "2027-01-04" });
    expect(missingPeriod("yearly", "2027-01-10", 1)).toEqual({ periodStart: "2026-01-01", overdueSince: "2027-01-04" });
    expect(missingPeriod("daily", "2027-01-02", 1, 0)).toEqual({ periodStart: "2027-01-01", overdueSince: "2027-01-02" });
  });

  it("starts weeks on the organization's week start", () => {
    // 2026-11-30 is a Monday; with weeks from Monday and 3 grace days the week of 16 Nov is the newest due.
    expect(missingPeriod("weekly", "2026-11-30", 1)).toEqual({ periodStart: "2026-11-16", overdueSince: "2026-11-26" });
  });
});
