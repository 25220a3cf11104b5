import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates, type IsoDate } from "../kpi/calendar";
import { statusOfPeriod } from "../kpi/period-status-of";
import { dueCutoff, periodStart, periodsBetween } from "../kpi/periods";
import { kpiStatus, type TargetEntry } from "../kpi/status";
import { CADENCES, type Cadence, type KpiDirection, type KpiStatus } from "../kpi/vocabulary";
import { STATUS_CHANGE_RULES, deriveStatusChanges, overdueSinceFor, ruleForCheckIn, trailingStatusChanges, type StatusChange, type StatusCheckIn, type StatusTimelineKpi } from "./status-changes";

function entry(effectiveFrom: IsoDate, fields: Partial<Omit<TargetEntry, "effectiveFrom">>): TargetEntry {
  return { effectiveFrom, target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...fields };
}

/** Check-ins with the status the stored schedule gives them, as the database judges them. */
function judged(kpi: StatusTimelineKpi, schedule: TargetEntry[], values: Record<IsoDate, number>): StatusCheckIn[] {
  return Object.entries(values).map(([period, value]) => ({ periodStart: period, value, status: statusOfPeriod(kpi.direction, schedule, period, value) }));
}

function summary(changes: StatusChange[]) {
  return changes.map((change) => [change.on, change.from, change.to, change.rule]);
}

const monthlyIncrease: StatusTimelineKpi = { direction: "increase", cadence: "monthly", startDate: "2026-01-01", endDate: null, weekStart: 1 };
const retention = [entry("2026-01-01", { target: 90, warning: 85 }), entry("2026-05-01", { target: 92, warning: 88 })];

describe("deriveStatusChanges", () => {
  it("records only the check-ins that move the status, each with the value, the entry in force and the rule", () => {
    const checkIns = judged(monthlyIncrease, retention, { "2026-01-01": 91, "2026-02-01": 93, "2026-03-01": 86, "2026-04-01": 84, "2026-05-01": 84, "2026-06-01": 95 });
    const changes = deriveStatusChanges(monthlyIncrease, retention, checkIns);
    expect(summary(changes)).toEqual([
      ["2026-01-01", "no_data", "on_track", "at_or_above_target"],
      ["2026-03-01", "on_track", "at_risk", "below_target_within_warning"],
      ["2026-04-01", "at_risk", "off_track", "below_warning"],
      ["2026-06-01", "off_track", "on_track", "at_or_above_target"],
    ]);
    expect(changes[2]).toEqual({ on: "2026-04-01", from: "at_risk", to: "off_track", rule: "below_warning", periodStart: "2026-04-01", value: 84, target: retention[0] });
    expect(changes[3]!.target).toEqual(retention[1]);
  });

  it("explains a change by the target in force for the period, so a raised target turns a steady value off track", () => {
    const kpi = { ...monthlyIncrease, startDate: "2026-03-01" };
    const changes = deriveStatusChanges(kpi, retention, judged(kpi, retention, { "2026-03-01": 86, "2026-04-01": 86, "2026-05-01": 86, "2026-06-01": 86 }));
    expect(summary(changes)).toEqual([
      ["2026-03-01", "no_data", "at_risk", "below_target_within_warning"],
      ["2026-05-01", "at_risk", "off_track", "below_warning"],
    ]);
    expect(changes[0]!.target).toEqual(retention[0]);
    expect(changes[1]!.target).toEqual(retention[1]);
  });

  it("re-derives from corrected values: an old value's correction changes the timeline, not just the latest line", () => {
    const values = { "2026-01-01": 91, "2026-02-01": 80, "2026-03-01": 91 };
    const before = deriveStatusChanges(monthlyIncrease, retention, judged(monthlyIncrease, retention, values));
    expect(summary(before).map((row) => row[2])).toEqual(["on_track", "off_track", "on_track"]);
    const after = deriveStatusChanges(monthlyIncrease, retention, judged(monthlyIncrease, retention, { ...values, "2026-02-01": 86 }));
    expect(summary(after)).toEqual([
      ["2026-01-01", "no_data", "on_track", "at_or_above_target"],
      ["2026-02-01", "on_track", "at_risk", "below_target_within_warning"],
      ["2026-03-01", "at_risk", "on_track", "at_or_above_target"],
    ]);
    const corrected = deriveStatusChanges(monthlyIncrease, retention, judged(monthlyIncrease, retention, { ...values, "2026-02-01": 95 }));
    expect(summary(corrected)).toEqual([["2026-01-01", "no_data", "on_track", "at_or_above_target"]]);
  });

  it("takes check-ins in any order and refuses two for one period", () => {
    const checkIns = judged(monthlyIncrease, retention, { "2026-02-01": 80, "2026-01-01": 91 });
    expect(summary(deriveStatusChanges(monthlyIncrease, retention, checkIns)).map((row) => row[0])).toEqual(["2026-01-01", "2026-02-01"]);
    expect(() => deriveStatusChanges(monthlyIncrease, retention, [...checkIns, checkIns[0]!])).toThrow(/Two check-ins/);
  });

  it("names the decrease rules from the other side", () => {
    const kpi: StatusTimelineKpi = { ...monthlyIncrease, direction: "decrease" };
    const schedule = [entry("2026-01-01", { target: 2, warning: 3 }), entry("2026-04-01", { target: 2 })];
    const changes = deriveStatusChanges(kpi, schedule, judged(kpi, schedule, { "2026-01-01": 2, "2026-02-01": 2.5, "2026-03-01": 3.5, "2026-04-01": 1, "2026-05-01": 2.1 }));
    expect(summary(changes).map((row) => row[3])).toEqual(["at_or_below_target", "above_target_within_warning", "above_warning", "at_or_below_target", "above_target"]);
  });

  it("explains range KPIs: inside, outside within the tolerance, beyond it, and without a tolerance", () => {
    const kpi: StatusTimelineKpi = { ...monthlyIncrease, direction: "range" };
    const schedule = [entry("2026-01-01", { targetMin: 40, targetMax: 60, tolerance: 5 }), entry("2026-05-01", { targetMin: 40, targetMax: 60 })];
    const changes = deriveStatusChanges(kpi, schedule, judged(kpi, schedule, { "2026-01-01": 50, "2026-02-01": 63, "2026-03-01": 34, "2026-04-01": 40, "2026-05-01": 61 }));
    expect(summary(changes).map((row) => [row[2], row[3]])).toEqual([
      ["on_track", "inside_range"],
      ["at_risk", "outside_range_within_tolerance"],
      ["off_track", "outside_tolerance"],
      ["on_track", "inside_range"],
      ["off_track", "outside_range"],
    ]);
  });

  it("says no target when the schedule cannot judge a value, and the status returns once a target applies", () => {
    const schedule = [entry("2026-01-01", { target: null }), entry("2026-03-01", { target: 10 })];
    const changes = deriveStatusChanges(monthlyIncrease, schedule, judged(monthlyIncrease, schedule, { "2026-01-01": 5, "2026-02-01": 6, "2026-03-01": 12 }));
    // January and February have no status: the KPI stays at no_data, which is no change.
    expect(summary(changes)).toEqual([["2026-03-01", "no_data", "on_track", "at_or_above_target"]]);
    const lost = deriveStatusChanges({ ...monthlyIncrease, startDate: "2026-03-01" }, [entry("2026-03-01", { target: 10 }), entry("2026-04-01", { target: null })], [
      { periodStart: "2026-03-01", value: 12, status: "on_track" },
      { periodStart: "2026-04-01", value: 12, status: null },
    ]);
    expect(summary(lost)[1]).toEqual(["2026-04-01", "on_track", "no_data", "no_target"]);
    expect(deriveStatusChanges(monthlyIncrease, [], [{ periodStart: "2026-01-01", value: 1, status: null }])).toEqual([]);
  });

  it("marks the day a gap made the KPI overdue, and the next value as the recovery", () => {
    // January's value, nothing for February to April: February was due on 2026-03-04 (3 grace days).
    const checkIns = judged(monthlyIncrease, retention, { "2026-01-01": 91, "2026-05-01": 93 });
    const changes = deriveStatusChanges(monthlyIncrease, retention, checkIns);
    expect(summary(changes)).toEqual([
      ["2026-01-01", "no_data", "on_track", "at_or_above_target"],
      ["2026-03-04", "on_track", "overdue", "overdue"],
      ["2026-05-01", "overdue", "on_track", "at_or_above_target"],
    ]);
    expect(changes[1]).toMatchObject({ periodStart: "2026-02-01", value: null, target: null });
  });

  it("does not call a one-period gap overdue: the next period's value counts from its start, before the gap is due", () => {
    const changes = deriveStatusChanges(monthlyIncrease, retention, judged(monthlyIncrease, retention, { "2026-01-01": 91, "2026-03-01": 91 }));
    expect(summary(changes)).toEqual([["2026-01-01", "no_data", "on_track", "at_or_above_target"]]);
  });

  it("marks a KPI overdue before its first value when the first period passed its grace days empty", () => {
    const kpi = { ...monthlyIncrease, startDate: "2025-10-15" };
    const changes = deriveStatusChanges(kpi, retention, judged(kpi, retention, { "2026-01-01": 80 }));
    expect(summary(changes)).toEqual([
      ["2025-11-04", "no_data", "overdue", "overdue"],
      ["2026-01-01", "overdue", "off_track", "below_warning"],
    ]);
    expect(changes[0]!.periodStart).toBe("2025-10-01");
  });

  it("honours other grace days and the week start of weekly KPIs", () => {
    const weekly: StatusTimelineKpi = { ...monthlyIncrease, cadence: "weekly", startDate: "2026-03-02", weekStart: 1, graceDays: 0 };
    const schedule = [entry("2026-03-02", { target: 10 })];
    const changes = deriveStatusChanges(weekly, schedule, judged(weekly, schedule, { "2026-03-02": 12, "2026-03-23": 12 }));
    // The week of 9 March ends on Sunday 15 March; with no grace it is overdue on Monday 16 March.
    expect(summary(changes)).toEqual([
      ["2026-03-02", "no_data", "on_track", "at_or_above_target"],
      ["2026-03-16", "on_track", "overdue", "overdue"],
      ["2026-03-23", "overdue", "on_track", "at_or_above_target"],
    ]);
  });
});

describe("trailingStatusChanges", () => {
  it("is overdue since the day the period after the newest value passed its grace days, and nothing before that day", () => {
    const latest = { periodStart: "2026-09-01", status: "off_track" as const };
    expect(trailingStatusChanges(monthlyIncrease, latest, "2026-11-03")).toEqual([]);
    expect(trailingStatusChanges(monthlyIncrease, latest, "2026-11-04")).toEqual([
      { on: "2026-11-04", from: "off_track", to: "overdue", rule: "overdue", periodStart: "2026-10-01", value: null, target: null },
    ]);
  });

  it("is overdue for a KPI without values once its first period is due", () => {
    const kpi = { ...monthlyIncrease, startDate: "2026-03-10" };
    expect(trailingStatusChanges(kpi, null, "2026-04-03")).toEqual([]);
    expect(summary(trailingStatusChanges(kpi, null, "2026-04-04"))).toEqual([["2026-04-04", "no_data", "overdue", "overdue"]]);
  });

  it("returns an ended KPI to its last status once its last period is past due, and never calls periods after the end overdue", () => {
    const kpi = { ...monthlyIncrease, endDate: "2026-12-31" };
    const latest = { periodStart: "2026-09-01", status: "at_risk" as const };
    expect(summary(trailingStatusChanges(kpi, latest, "2027-06-01"))).toEqual([
      ["2026-11-04", "at_risk", "overdue", "overdue"],
      ["2027-02-04", "overdue", "at_risk", "ended"],
    ]);
    expect(trailingStatusChanges(kpi, { periodStart: "2026-12-01", status: "at_risk" }, "2030-01-01")).toEqual([]);
  });
});

describe("overdueSinceFor", () => {
  it("is the first day on which dueCutoff reaches the period", () => {
    for (const cadence of CADENCES) {
      for (const grace of [0, 3, 10]) {
        for (const period of ["2024-02-26", "2024-12-30", "2025-12-29", "2026-03-01"].map((day) => periodStart(day, cadence, 1))) {
          const day = overdueSinceFor(period, cadence, 1, grace);
          expect(compareIsoDates(dueCutoff(cadence, day, 1, grace), period)).toBe(0);
          expect(compareIsoDates(dueCutoff(cadence, addDays(day, -1), 1, grace), period)).toBeLessThan(0);
        }
      }
    }
  });
});

describe("ruleForCheckIn", () => {
  it("names the off-track rule by whether the threshold that would have kept it at risk exists", () => {
    expect(ruleForCheckIn("increase", "off_track", entry("2026-01-01", { target: 1 }))).toBe("below_target");
    expect(ruleForCheckIn("increase", "off_track", null)).toBe("below_target");
    expect(ruleForCheckIn("range", "off_track", entry("2026-01-01", { targetMin: 1, targetMax: 2, tolerance: 0 }))).toBe("outside_range");
    expect(ruleForCheckIn("decrease", null, entry("2026-01-01", { target: 1 }))).toBe("no_target");
  });
});

/** A small deterministic random source, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPAN_DAYS: Record<Cadence, number> = { daily: 60, weekly: 200, monthly: 700, quarterly: 1500, yearly: 2600 };

/**
 * The status of the KPI on every day, straight from `kpiStatus` with the newest value whose period had started by
 * then (the definition the monthly history uses), compared with the stored changes plus the trailing ones.
 */
describe("the stored and trailing changes against the status of every single day", () => {
  // Tens of thousands of days judged one by one: more than the default time on a busy machine.
  it("agree on random KPIs of every cadence, direction, schedule, gap pattern and end date", { timeout: 60_000 }, () => {
    const next = random(20261130);
    const seen = new Set<string>();
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    for (let round = 0; round < 400; round += 1) {
      const cadence = pick(CADENCES);
      const direction: KpiDirection = pick(["increase", "decrease", "range"] as const);
      const weekStart = 1 + Math.floor(next() * 7);
      const startDate = addDays("2024-01-01", Math.floor(next() * 400));
      const today = addDays(startDate, Math.floor(next() * SPAN_DAYS[cadence]));
      const endDate = next() < 0.3 ? addDays(startDate, Math.floor(next() * SPAN_DAYS[cadence])) : null;
      const graceDays = pick([0, 3, 5]);
      const kpi: StatusTimelineKpi = { direction, cadence, startDate, endDate, weekStart, graceDays };
      const periods = periodsBetween(startDate, endDate && compareIsoDates(endDate, today) < 0 ? endDate : today, cadence, weekStart);
      const schedule: TargetEntry[] = [];
      for (const period of periods) {
        if (schedule.length && next() > 0.1) continue;
        schedule.push(
          direction === "range"
            ? entry(period, { targetMin: 40, targetMax: next() < 0.1 ? null : 60, tolerance: pick([null, 0, 5]) })
            : entry(period, { target: next() < 0.1 ? null : 50, warning: pick([null, direction === "increase" ? 45 : 55]) }),
        );
      }
      const values: Record<IsoDate, number> = {};
      const gapMode = next();
      for (const period of periods) if (next() > gapMode * 0.8) values[period] = pick([30, 37, 44, 47, 50, 53, 58, 62, 66, 80]);
      const checkIns = judged(kpi, schedule, values);
      const timeline = [...deriveStatusChanges(kpi, schedule, checkIns), ...trailingStatusChanges(kpi, checkIns.at(-1) ?? null, today)];

      const expected: [IsoDate, KpiStatus, KpiStatus][] = [];
      let previous: KpiStatus = "no_data";
      for (let day = periodStart(startDate, cadence, weekStart); compareIsoDates(day, today) <= 0; day = addDays(day, 1)) {
        const newest = checkIns.filter((checkIn) => compareIsoDates(checkIn.periodStart, day) <= 0).at(-1) ?? null;
        const status = kpiStatus({ latestPeriodStart: newest?.periodStart ?? null, latestStatus: newest?.status ?? null, cadence, startDate, endDate, today: day, weekStart, graceDays });
        if (status !== previous) expected.push([day, previous, status]);
        previous = status;
      }
      const context = JSON.stringify({ round, kpi, today, values, schedule });
      expect(timeline.map((change) => [change.on, change.from, change.to]), context).toEqual(expected);
      for (const change of timeline) expect(change.from, context).not.toBe(change.to);
      for (const change of timeline) seen.add(change.rule);
    }
    // The random cases reach every kind of change, so the comparison above covers them all.
    expect([...seen].sort()).toEqual([...STATUS_CHANGE_RULES].sort());
  });
});
