import { describe, expect, it } from "vitest";
import type { TargetEntry } from "../kpi/status";
import { describeStatusChange, statusChangeFromDecimalText } from "./status-change-text";
import type { StatusChange } from "./status-changes";

const monthly = { cadence: "monthly" as const, weekStart: 1 };
const percent = { value: (value: number) => `${value} %` };

function entry(effectiveFrom: string, fields: Partial<Omit<TargetEntry, "effectiveFrom">>): TargetEntry {
  return { effectiveFrom, target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...fields };
}

function valueChange(fields: Partial<StatusChange>): StatusChange {
  return { on: "2026-10-01", from: "at_risk", to: "off_track", rule: "below_warning", periodStart: "2026-10-01", value: 87.5, target: entry("2026-05-01", { target: 92, warning: 88 }), ...fields };
}

describe("describeStatusChange", () => {
  it("writes the issue's example with the passed-in number format", () => {
    expect(describeStatusChange(valueChange({}), monthly, percent)).toBe("Turned off track in Oct 2026: 87.5 % is below the warning 88 % (target 92 % since May 2026)");
  });

  it("uses plain numbers, the domain's period labels and ISO dates by default, and the passed-in ones when given", () => {
    expect(describeStatusChange(valueChange({}), monthly)).toBe("Turned off track in Oct 2026: 87.5 is below the warning 88 (target 92 since May 2026)");
    const custom = describeStatusChange(valueChange({}), monthly, { value: (v) => v.toFixed(1).replace(".", ","), period: (start, cadence) => `${cadence}:${start}` });
    expect(custom).toBe("Turned off track in monthly:2026-10-01: 87,5 is below the warning 88,0 (target 92,0 since monthly:2026-05-01)");
  });

  it("says Started for a KPI's first status and leaves out 'since' when the first entry judged a period before it started", () => {
    const first = valueChange({ from: "no_data", to: "on_track", rule: "at_or_above_target", value: 95, periodStart: "2026-03-01", on: "2026-03-01" });
    expect(describeStatusChange(first, monthly, percent)).toBe("Started on track in Mar 2026: 95 % is at or above the target 92 % (in force for this period)");
    expect(describeStatusChange({ ...first, periodStart: "2026-06-01" }, monthly, percent)).toBe(
      "Started on track in Jun 2026: 95 % is at or above the target 92 % (in force since May 2026)",
    );
  });

  it("writes an entry that starts mid-period as a date", () => {
    const change = valueChange({ target: entry("2026-05-15", { target: 92, warning: 88 }) });
    expect(describeStatusChange(change, monthly)).toBe("Turned off track in Oct 2026: 87.5 is below the warning 88 (target 92 since 15 May 2026)");
  });

  it("explains every increase and decrease rule", () => {
    const increase = entry("2026-01-01", { target: 10, warning: 8 });
    const decrease = entry("2026-01-01", { target: 2, warning: 3 });
    const cases: [Partial<StatusChange>, string][] = [
      [{ to: "at_risk", rule: "below_target_within_warning", value: 9, target: increase }, "Turned at risk in Oct 2026: 9 is below the target 10 but not below the warning 8 (target since Jan 2026)"],
      [{ rule: "below_target", value: 7, target: entry("2026-01-01", { target: 10 }) }, "Turned off track in Oct 2026: 7 is below the target 10, with no warning threshold to stay at risk (target since Jan 2026)"],
      [{ to: "on_track", rule: "at_or_below_target", value: 2, target: decrease }, "Turned on track in Oct 2026: 2 is at or below the target 2 (in force since Jan 2026)"],
      [{ to: "at_risk", rule: "above_target_within_warning", value: 2.5, target: decrease }, "Turned at risk in Oct 2026: 2.5 is above the target 2 but not above the warning 3 (target since Jan 2026)"],
      [{ rule: "above_warning", value: 4, target: decrease }, "Turned off track in Oct 2026: 4 is above the warning 3 (target 2 since Jan 2026)"],
      [{ rule: "above_target", value: 4, target: entry("2026-01-01", { target: 2 }) }, "Turned off track in Oct 2026: 4 is above the target 2, with no warning threshold to stay at risk (target since Jan 2026)"],
    ];
    for (const [fields, sentence] of cases) expect(describeStatusChange(valueChange(fields), monthly)).toBe(sentence);
  });

  it("explains range rules on the side the value fell", () => {
    const range = entry("2026-01-01", { targetMin: 40, targetMax: 60, tolerance: 5 });
    const cases: [Partial<StatusChange>, string][] = [
      [{ to: "on_track", rule: "inside_range", value: 50, target: range }, "Turned on track in Oct 2026: 50 is inside the range 40 – 60 (in force since Jan 2026)"],
      [{ to: "at_risk", rule: "outside_range_within_tolerance", value: 37, target: range }, "Turned at risk in Oct 2026: 37 is below the minimum 40 but within the tolerance of 5 (range 40 – 60 since Jan 2026)"],
      [{ rule: "outside_tolerance", value: 70, target: range }, "Turned off track in Oct 2026: 70 is above the maximum 60 by more than the tolerance of 5 (range 40 – 60 since Jan 2026)"],
      [{ rule: "outside_range", value: 61, target: { ...range, tolerance: null } }, "Turned off track in Oct 2026: 61 is above the maximum 60, with no tolerance to stay at risk (range 40 – 60 since Jan 2026)"],
    ];
    for (const [fields, sentence] of cases) expect(describeStatusChange(valueChange(fields), monthly)).toBe(sentence);
  });

  it("explains a value that could not be judged", () => {
    expect(describeStatusChange(valueChange({ to: "no_data", rule: "no_target", value: 12, target: entry("2026-01-01", {}) }), monthly)).toBe(
      "Lost its status in Oct 2026: 12 cannot be judged: the KPI had no target for this period",
    );
    expect(describeStatusChange(valueChange({ to: "no_data", rule: "no_target", value: 12, target: entry("2026-01-01", { targetMin: 4 }) }), monthly)).toBe(
      "Lost its status in Oct 2026: 12 cannot be judged: the KPI had no complete range for this period",
    );
  });

  it("dates overdue by the day, names the empty period and the grace it had", () => {
    const overdue: StatusChange = { on: "2026-11-04", from: "off_track", to: "overdue", rule: "overdue", periodStart: "2026-10-01", value: null, target: null };
    expect(describeStatusChange(overdue, monthly)).toBe("Turned overdue on 4 Nov 2026: Oct 2026 had no value 3 days after it ended");
    expect(describeStatusChange({ ...overdue, on: "2026-11-02" }, monthly, { date: (day) => `[${day}]` })).toBe("Turned overdue on [2026-11-02]: Oct 2026 had no value 1 day after it ended");
  });

  it("explains the return of an ended KPI to its last status", () => {
    const ended: StatusChange = { on: "2027-02-04", from: "overdue", to: "at_risk", rule: "ended", periodStart: "2026-12-01", value: null, target: null };
    expect(describeStatusChange(ended, monthly)).toBe("Back to at risk on 4 Feb 2027: the KPI's last period, Dec 2026, is past due, so it rests at the status of its last value");
    expect(describeStatusChange({ ...ended, to: "no_data" }, monthly)).toBe("Back to no data on 4 Feb 2027: the KPI's last period, Dec 2026, is past due, so it rests at no status");
  });
});

describe("statusChangeFromDecimalText", () => {
  const stored = {
    on: "2026-10-01",
    from: "on_track" as const,
    to: "off_track" as const,
    rule: "below_warning" as const,
    periodStart: "2026-10-01",
    value: "87.500000",
    target: { effectiveFrom: "2026-05-01", target: "92", targetMin: null, targetMax: null, warning: "88.000000", tolerance: null },
  };

  it("turns the API's exact decimal text into the numbers the sentence takes, keeping nulls", () => {
    expect(statusChangeFromDecimalText(stored)).toEqual({
      ...stored,
      value: 87.5,
      target: { effectiveFrom: "2026-05-01", target: 92, targetMin: null, targetMax: null, warning: 88, tolerance: null },
    });
  });

  it("keeps a change without a value or target as it is", () => {
    const overdue = { ...stored, rule: "overdue" as const, value: null, target: null };
    expect(statusChangeFromDecimalText(overdue)).toEqual(overdue);
  });
});
