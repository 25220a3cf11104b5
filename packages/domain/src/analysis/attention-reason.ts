import { DEFAULT_GRACE_DAYS, addDays, dueCutoff, periodEnd } from "../kpi/periods";
import type { IsoDate } from "../kpi/calendar";
import type { TargetEntry } from "../kpi/status";
import type { Cadence, KpiDirection } from "../kpi/vocabulary";

/** The statuses a dashboard asks someone to look at. */
export type AttentionStatus = "off_track" | "at_risk" | "overdue";

/** The period an overdue KPI lacks and the first day it counted as overdue. */
export interface MissingPeriod {
  periodStart: IsoDate;
  overdueSince: IsoDate;
}

/**
 * The newest period that is due on `today` (the one an overdue KPI lacks) and the day it turned overdue: the
 * day after the period's last day plus the grace days, the same cut-off `kpiStatus` judges by.
 */
export function missingPeriod(cadence: Cadence, today: IsoDate, weekStart: number, graceDays: number = DEFAULT_GRACE_DAYS): MissingPeriod {
  const periodStart = dueCutoff(cadence, today, weekStart, graceDays);
  return { periodStart, overdueSince: addDays(periodEnd(periodStart, cadence, weekStart), graceDays + 1) };
}

export interface AttentionFacts {
  status: AttentionStatus;
  direction: KpiDirection;
  /** The newest value with its period's label; null when none was ever recorded. */
  latest: { periodLabel: string; value: number } | null;
  /** The target entry in force for the latest value's period. */
  target: TargetEntry | null;
  /** For an overdue KPI: the missing period's label and the day it became overdue. */
  missing: { periodLabel: string; overdueSince: IsoDate } | null;
}

export interface ReasonFormat {
  value: (value: number) => string;
  date: (date: IsoDate) => string;
}

function overdueReason(facts: AttentionFacts, format: ReasonFormat): string {
  const missing = facts.missing ? `No value for ${facts.missing.periodLabel}, due since ${format.date(facts.missing.overdueSince)}` : "A value is due";
  return facts.latest ? `${missing}; the last is ${format.value(facts.latest.value)} for ${facts.latest.periodLabel}` : `${missing}; none recorded yet`;
}

function sideReason(value: string, side: "below" | "above", status: AttentionStatus, target: number, warning: number | null, format: ReasonFormat): string {
  if (status === "at_risk") {
    const warningText = warning === null ? "" : `, within the warning ${format.value(warning)}`;
    return `${value} is ${side} the target ${format.value(target)}${warningText}`;
  }
  return warning === null ? `${value} is ${side} the target ${format.value(target)}` : `${value} is ${side} the warning ${format.value(warning)}`;
}

function rangeReason(value: number, text: string, status: AttentionStatus, target: TargetEntry, format: ReasonFormat): string {
  const min = target.targetMin as number;
  const max = target.targetMax as number;
  const bound = value < min ? `below the minimum ${format.value(min)}` : `above the maximum ${format.value(max)}`;
  const tolerance = Math.max(0, target.tolerance ?? 0);
  if (status === "at_risk") return `${text} is ${bound}, within the tolerance ${format.value(tolerance)}`;
  return tolerance > 0 ? `${text} is ${bound} by more than the tolerance ${format.value(tolerance)}` : `${text} is ${bound}`;
}

/**
 * One line that says why a KPI needs attention, naming the period of the value it speaks of so an old value
 * never reads as current: "Oct 2026: 87.5 % is below the warning 88 %", "No value for Oct 2026, due since 4 Nov
 * 2026; the last is 12 for Sep 2026".
 */
export function attentionReason(facts: AttentionFacts, format: ReasonFormat): string {
  if (facts.status === "overdue") return overdueReason(facts, format);
  if (!facts.latest) return "No value recorded yet";
  const { value, periodLabel } = facts.latest;
  const text = format.value(value);
  const target = facts.target;
  const prefix = `${periodLabel}: `;
  if (facts.direction === "range") {
    if (!target || target.targetMin === null || target.targetMax === null) return `${prefix}${text} has no range to be judged by`;
    return prefix + rangeReason(value, text, facts.status, target, format);
  }
  if (!target || target.target === null) return `${prefix}${text} has no target to be judged by`;
  const side = facts.direction === "increase" ? "below" : "above";
  return prefix + sideReason(text, side, facts.status, target.target, target.warning, format);
}
