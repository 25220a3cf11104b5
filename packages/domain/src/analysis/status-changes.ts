import { addDays, compareIsoDates, type IsoDate } from "../kpi/calendar";
import { DEFAULT_GRACE_DAYS, nextPeriodStart, periodStart } from "../kpi/periods";
import { targetFor, type TargetEntry } from "../kpi/status";
import type { Cadence, KpiDirection, KpiStatus, PeriodStatus } from "../kpi/vocabulary";

/** Why a KPI took a status: the rule of PRODUCT §3 that fired, named from the side of the KPI's direction. */
export const STATUS_CHANGE_RULES = [
  // increase
  "at_or_above_target",
  "below_target_within_warning",
  "below_warning",
  "below_target",
  // decrease
  "at_or_below_target",
  "above_target_within_warning",
  "above_warning",
  "above_target",
  // range
  "inside_range",
  "outside_range_within_tolerance",
  "outside_tolerance",
  "outside_range",
  // a value the schedule cannot judge (no target, a range without both bounds)
  "no_target",
  // a due period passed its grace days without a value
  "overdue",
  // the KPI's last period is past due: a finished KPI rests at its last value's status (`kpiStatus`)
  "ended",
] as const;
export type StatusChangeRule = (typeof STATUS_CHANGE_RULES)[number];

/** What the timeline needs to know of the KPI itself. */
export interface StatusTimelineKpi {
  direction: KpiDirection;
  cadence: Cadence;
  startDate: IsoDate;
  endDate: IsoDate | null;
  weekStart: number;
  graceDays?: number;
}

/** One recorded period: its value and the status stored with it (null where the schedule could not judge it). */
export interface StatusCheckIn {
  periodStart: IsoDate;
  value: number;
  status: PeriodStatus | null;
}

/** One change of a KPI's status, with its cause. */
export interface StatusChange {
  /** The day the KPI took the new status: a check-in's period start, or the day a period became overdue / the KPI ended. */
  on: IsoDate;
  from: KpiStatus;
  to: KpiStatus;
  rule: StatusChangeRule;
  /** The check-in's period; for "overdue" the first period that went without a value; for "ended" the KPI's last period. */
  periodStart: IsoDate;
  /** The check-in's value (value rules only). */
  value: number | null;
  /** The schedule entry the check-in was judged against (value rules only; null when the KPI had no target at all). */
  target: TargetEntry | null;
}

function graceOf(kpi: StatusTimelineKpi): number {
  return kpi.graceDays ?? DEFAULT_GRACE_DAYS;
}

/**
 * The first day a period without a value makes the KPI overdue: the first day `dueCutoff` reaches it, which is
 * the start of the next period plus the grace days.
 */
export function overdueSinceFor(period: IsoDate, cadence: Cadence, weekStart: number, graceDays: number = DEFAULT_GRACE_DAYS): IsoDate {
  return addDays(nextPeriodStart(period, cadence, weekStart), graceDays);
}

/** The rule behind a judged check-in: which side of which threshold its value fell on. */
export function ruleForCheckIn(direction: KpiDirection, status: PeriodStatus | null, entry: TargetEntry | null): StatusChangeRule {
  if (status === null) return "no_target";
  switch (direction) {
    case "increase":
      if (status === "on_track") return "at_or_above_target";
      if (status === "at_risk") return "below_target_within_warning";
      return entry?.warning !== null && entry?.warning !== undefined ? "below_warning" : "below_target";
    case "decrease":
      if (status === "on_track") return "at_or_below_target";
      if (status === "at_risk") return "above_target_within_warning";
      return entry?.warning !== null && entry?.warning !== undefined ? "above_warning" : "above_target";
    case "range":
      if (status === "on_track") return "inside_range";
      if (status === "at_risk") return "outside_range_within_tolerance";
      return (entry?.tolerance ?? 0) > 0 ? "outside_tolerance" : "outside_range";
  }
}

function before(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}

/** Where the changes of one stretch without new values stop: strictly before the next check-in, or through today. */
type Bound = { before: IsoDate } | { through: IsoDate };

function within(day: IsoDate, bound: Bound): boolean {
  return "before" in bound ? before(day, bound.before) : compareIsoDates(day, bound.through) <= 0;
}

/**
 * The changes of the stretch after the check-in of `lastPeriod` (or from the start, when null) in which the KPI
 * holds `held`: overdue once the first period it should cover after that passes its grace days, and back to
 * `held` once its last period is past due too (the same three conditions as `kpiStatus`).
 */
function stretchChanges(kpi: StatusTimelineKpi, lastPeriod: IsoDate | null, held: KpiStatus, bound: Bound): StatusChange[] {
  const grace = graceOf(kpi);
  const firstPeriod = periodStart(kpi.startDate, kpi.cadence, kpi.weekStart);
  const afterLast = lastPeriod === null ? firstPeriod : nextPeriodStart(lastPeriod, kpi.cadence, kpi.weekStart);
  const missing = before(afterLast, firstPeriod) ? firstPeriod : afterLast;
  const lastCovered = kpi.endDate === null ? null : periodStart(kpi.endDate, kpi.cadence, kpi.weekStart);
  if (lastCovered !== null && before(lastCovered, missing)) return [];
  const overdueOn = overdueSinceFor(missing, kpi.cadence, kpi.weekStart, grace);
  if (!within(overdueOn, bound)) return [];
  const changes: StatusChange[] = [{ on: overdueOn, from: held, to: "overdue", rule: "overdue", periodStart: missing, value: null, target: null }];
  if (lastCovered !== null) {
    const endedOn = overdueSinceFor(nextPeriodStart(lastCovered, kpi.cadence, kpi.weekStart), kpi.cadence, kpi.weekStart, grace);
    if (within(endedOn, bound)) changes.push({ on: endedOn, from: "overdue", to: held, rule: "ended", periodStart: lastCovered, value: null, target: null });
  }
  return changes;
}

function sortedByPeriod(checkIns: readonly StatusCheckIn[]): StatusCheckIn[] {
  const sorted = [...checkIns].sort((a, b) => compareIsoDates(a.periodStart, b.periodStart));
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index]!.periodStart === sorted[index - 1]!.periodStart) throw new Error(`Two check-ins for the period ${sorted[index]!.periodStart}.`);
  }
  return sorted;
}

/**
 * Every status change that the data alone decides, oldest first: each check-in that moved the status, and each
 * stretch between two values (or between the start and the first value) long enough for a period to fall
 * overdue — with the date it did, and the next value's arrival as the recovery. A check-in counts from its
 * period's start, as in the monthly status history (`kpiStatusesByMonthSql`). The changes after the newest
 * value depend on today; `trailingStatusChanges` adds them when they are read.
 */
export function deriveStatusChanges(kpi: StatusTimelineKpi, schedule: readonly TargetEntry[], checkIns: readonly StatusCheckIn[]): StatusChange[] {
  const changes: StatusChange[] = [];
  let held: KpiStatus = "no_data";
  let lastPeriod: IsoDate | null = null;
  for (const checkIn of sortedByPeriod(checkIns)) {
    // A value for the very next period leaves no room for one to fall overdue: skip the date arithmetic.
    const consecutive = lastPeriod !== null && nextPeriodStart(lastPeriod, kpi.cadence, kpi.weekStart) === checkIn.periodStart;
    const gap: StatusChange[] = consecutive ? [] : stretchChanges(kpi, lastPeriod, held, { before: checkIn.periodStart });
    changes.push(...gap);
    const current: KpiStatus = gap.length ? gap[gap.length - 1]!.to : held;
    const next: KpiStatus = checkIn.status ?? "no_data";
    if (next !== current) {
      const target = targetFor(schedule, checkIn.periodStart);
      changes.push({
        on: checkIn.periodStart,
        from: current,
        to: next,
        rule: ruleForCheckIn(kpi.direction, checkIn.status, target),
        periodStart: checkIn.periodStart,
        value: checkIn.value,
        target,
      });
    }
    held = next;
    lastPeriod = checkIn.periodStart;
  }
  return changes;
}

/**
 * The changes after the newest value up to `today` — overdue since the day its next period passed its grace
 * days, and back to the last status once an ended KPI's last period is past due — which depend on the clock
 * and so are derived when read, never stored. `latest` is the newest check-in (null when there is none).
 */
export function trailingStatusChanges(
  kpi: StatusTimelineKpi,
  latest: { periodStart: IsoDate; status: PeriodStatus | null } | null,
  today: IsoDate,
): StatusChange[] {
  return stretchChanges(kpi, latest?.periodStart ?? null, latest?.status ?? "no_data", { through: today });
}
