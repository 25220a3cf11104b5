import { compareIsoDates, formatIsoDate, toDayNumber, type IsoDate } from "../kpi/calendar";
import { formatPlainNumber } from "../kpi/number-text";
import { toNumberOrNull } from "../kpi/decimal";
import { periodEnd, periodLabel, periodStart } from "../kpi/periods";
import type { TargetEntry } from "../kpi/status";
import { KPI_STATUS_LABELS, type Cadence, type KpiStatus } from "../kpi/vocabulary";
import type { StatusChange } from "./status-changes";

/** How the sentence writes numbers, periods and days; the UI passes the organization's formatter. */
export interface StatusChangeFormat {
  value?: (value: number) => string;
  period?: (start: IsoDate, cadence: Cadence) => string;
  date?: (day: IsoDate) => string;
}

interface Writers {
  value: (value: number) => string;
  period: (start: IsoDate) => string;
  date: (day: IsoDate) => string;
}

function statusWords(status: KpiStatus): string {
  return KPI_STATUS_LABELS[status].toLowerCase();
}

/**
 * "since May 2026" for the entry in force, or nothing when the entry starts after the period: the first entry
 * also judges the periods before it, and "since" would then be false.
 */
function since(entry: TargetEntry, period: IsoDate, cadence: Cadence, weekStart: number, write: Writers): string {
  if (compareIsoDates(entry.effectiveFrom, period) > 0) return "";
  const startsPeriod = periodStart(entry.effectiveFrom, cadence, weekStart) === entry.effectiveFrom;
  return ` since ${startsPeriod ? write.period(entry.effectiveFrom) : write.date(entry.effectiveFrom)}`;
}

function reason(change: StatusChange, cadence: Cadence, weekStart: number, write: Writers): string {
  const entry = change.target;
  const value = change.value === null ? "The value" : write.value(change.value);
  const n = (bound: number | null | undefined) => (bound === null || bound === undefined ? "—" : write.value(bound));
  const when = entry ? since(entry, change.periodStart, cadence, weekStart, write) : "";
  const range = entry ? `${n(entry.targetMin)} – ${n(entry.targetMax)}` : "";
  const side = entry && entry.targetMin !== null && change.value !== null && change.value < entry.targetMin ? "below the minimum" : "above the maximum";
  const bound = side === "below the minimum" ? n(entry?.targetMin) : n(entry?.targetMax);
  switch (change.rule) {
    case "at_or_above_target":
      return `${value} is at or above the target ${n(entry?.target)} (in force${when || " for this period"})`;
    case "at_or_below_target":
      return `${value} is at or below the target ${n(entry?.target)} (in force${when || " for this period"})`;
    case "below_target_within_warning":
      return `${value} is below the target ${n(entry?.target)} but not below the warning ${n(entry?.warning)}${when ? ` (target${when})` : ""}`;
    case "above_target_within_warning":
      return `${value} is above the target ${n(entry?.target)} but not above the warning ${n(entry?.warning)}${when ? ` (target${when})` : ""}`;
    case "below_warning":
      return `${value} is below the warning ${n(entry?.warning)} (target ${n(entry?.target)}${when})`;
    case "above_warning":
      return `${value} is above the warning ${n(entry?.warning)} (target ${n(entry?.target)}${when})`;
    case "below_target":
      return `${value} is below the target ${n(entry?.target)}, with no warning threshold to stay at risk${when ? ` (target${when})` : ""}`;
    case "above_target":
      return `${value} is above the target ${n(entry?.target)}, with no warning threshold to stay at risk${when ? ` (target${when})` : ""}`;
    case "inside_range":
      return `${value} is inside the range ${range} (in force${when || " for this period"})`;
    case "outside_range_within_tolerance":
      return `${value} is ${side} ${bound} but within the tolerance of ${n(entry?.tolerance)} (range ${range}${when})`;
    case "outside_tolerance":
      return `${value} is ${side} ${bound} by more than the tolerance of ${n(entry?.tolerance)} (range ${range}${when})`;
    case "outside_range":
      return `${value} is ${side} ${bound}, with no tolerance to stay at risk (range ${range}${when})`;
    case "no_target":
      return `${value} cannot be judged: the KPI had no ${entry && (entry.targetMin !== null || entry.targetMax !== null) ? "complete range" : "target"} for this period`;
    case "overdue": {
      const grace = toDayNumber(change.on) - toDayNumber(periodEnd(change.periodStart, cadence, weekStart)) - 1;
      return `${write.period(change.periodStart)} had no value ${grace === 1 ? "1 day" : `${grace} days`} after it ended`;
    }
    case "ended":
      return `the KPI's last period, ${write.period(change.periodStart)}, is past due, so it rests at ${change.to === "no_data" ? "no status" : "the status of its last value"}`;
  }
}

/**
 * One line of the "Why this status" timeline: "Turned off track in Oct 2026: 87.5 % is below the warning 88 %
 * (target 92 % since May 2026)". A value's change is dated by its period, a missing value's by the day.
 */
export function describeStatusChange(change: StatusChange, kpi: { cadence: Cadence; weekStart: number }, format: StatusChangeFormat = {}): string {
  const write: Writers = {
    value: format.value ?? formatPlainNumber,
    period: (start) => (format.period ?? ((day: IsoDate, cadence: Cadence) => periodLabel(day, cadence, kpi.weekStart)))(start, kpi.cadence),
    date: format.date ?? formatIsoDate,
  };
  const because = reason(change, kpi.cadence, kpi.weekStart, write);
  if (change.rule === "overdue") return `Turned overdue on ${write.date(change.on)}: ${because}`;
  if (change.rule === "ended") return `Back to ${statusWords(change.to)} on ${write.date(change.on)}: ${because}`;
  const headline = change.to === "no_data" ? "Lost its status" : `${change.from === "no_data" ? "Started" : "Turned"} ${statusWords(change.to)}`;
  return `${headline} in ${write.period(change.periodStart)}: ${because}`;
}

type DecimalText = string | null;

/** A status change as the API carries it: decimals as exact text. */
export interface StatusChangeWithDecimalText extends Omit<StatusChange, "value" | "target"> {
  value: DecimalText;
  target: {
    effectiveFrom: IsoDate;
    target: DecimalText;
    targetMin: DecimalText;
    targetMax: DecimalText;
    warning: DecimalText;
    tolerance: DecimalText;
  } | null;
}

/** The change with its decimals as numbers, as `describeStatusChange` takes it. */
export function statusChangeFromDecimalText(change: StatusChangeWithDecimalText): StatusChange {
  const { target } = change;
  return {
    ...change,
    value: toNumberOrNull(change.value),
    target: target
      ? {
          effectiveFrom: target.effectiveFrom,
          target: toNumberOrNull(target.target),
          targetMin: toNumberOrNull(target.targetMin),
          targetMax: toNumberOrNull(target.targetMax),
          warning: toNumberOrNull(target.warning),
          tolerance: toNumberOrNull(target.tolerance),
        }
      : null,
  };
}
