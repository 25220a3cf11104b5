import { compareIsoDates } from "./calendar";
import type { IsoDate } from "./calendar";
import { isAtLeast, isAtMost, nearlyEqual } from "./compare";
import { formatPlainNumber } from "./number-text";
import { dueCutoff, periodStart } from "./periods";
import type { Cadence, KpiDirection, KpiStatus, PeriodStatus } from "./vocabulary";

/** One row of a KPI's target schedule: the target that applies to periods from `effectiveFrom` on. */
export interface TargetEntry {
  effectiveFrom: IsoDate;
  target: number | null;
  targetMin: number | null;
  targetMax: number | null;
  warning: number | null;
  tolerance: number | null;
}

/**
 * The target a period was measured against, so that changing a target never rewrites old periods.
 * Periods before the first entry use the first entry: the KPI had no other target then.
 */
export function targetFor(schedule: readonly TargetEntry[], periodStart: IsoDate): TargetEntry | null {
  let first: TargetEntry | null = null;
  let applying: TargetEntry | null = null;
  for (const entry of schedule) {
    if (!first || compareIsoDates(entry.effectiveFrom, first.effectiveFrom) < 0) first = entry;
    const started = compareIsoDates(entry.effectiveFrom, periodStart) <= 0;
    if (started && (!applying || compareIsoDates(entry.effectiveFrom, applying.effectiveFrom) > 0)) applying = entry;
  }
  return applying ?? first;
}

function required(value: number | null, message: string): number {
  if (value === null) throw new Error(message);
  return value;
}

/** Where one period's value stands against its target (PRODUCT §3). */
export function periodStatus(direction: KpiDirection, value: number, entry: TargetEntry): PeriodStatus {
  if (!Number.isFinite(value)) throw new Error(`A period's value must be a finite number, not ${value}.`);
  switch (direction) {
    case "increase": {
      const target = required(entry.target, "A KPI that should increase needs a target to compute its status.");
      if (isAtLeast(value, target)) return "on_track";
      return entry.warning !== null && isAtLeast(value, entry.warning) ? "at_risk" : "off_track";
    }
    case "decrease": {
      const target = required(entry.target, "A KPI that should decrease needs a target to compute its status.");
      if (isAtMost(value, target)) return "on_track";
      return entry.warning !== null && isAtMost(value, entry.warning) ? "at_risk" : "off_track";
    }
    case "range": {
      const min = required(entry.targetMin, "A range KPI needs a minimum to compute its status.");
      const max = required(entry.targetMax, "A range KPI needs a maximum to compute its status.");
      if (min > max) throw new Error(`A range KPI's minimum (${min}) is above its maximum (${max}).`);
      if (isAtLeast(value, min) && isAtMost(value, max)) return "on_track";
      // The schemas refuse a negative tolerance; treating one as none keeps stored data from widening the band.
      const tolerance = Math.max(0, entry.tolerance ?? 0);
      return isAtLeast(value, min - tolerance) && isAtMost(value, max + tolerance) ? "at_risk" : "off_track";
    }
  }
}

export interface KpiStatusInput {
  /** Start of the newest period that has a value; null when none ever had one. */
  latestPeriodStart: IsoDate | null;
  latestStatus: PeriodStatus | null;
  cadence: Cadence;
  startDate: IsoDate;
  endDate: IsoDate | null;
  today: IsoDate;
  weekStart: number;
  graceDays?: number;
}

/**
 * The status a KPI shows as a whole. Overdue only counts periods the KPI was meant to cover: not
 * before it started and not after it ended, so a finished KPI rests at its last status. A KPI whose
 * first period is due without any value is overdue, not "no data": missing data is never quiet.
 */
export function kpiStatus(input: KpiStatusInput): KpiStatus {
  const cutoff = dueCutoff(input.cadence, input.today, input.weekStart, input.graceDays);
  const started = compareIsoDates(cutoff, periodStart(input.startDate, input.cadence, input.weekStart)) >= 0;
  const notEnded =
    input.endDate === null || compareIsoDates(cutoff, periodStart(input.endDate, input.cadence, input.weekStart)) <= 0;
  const behind = input.latestPeriodStart === null || compareIsoDates(input.latestPeriodStart, cutoff) < 0;
  if (started && notEnded && behind) return "overdue";
  if (input.latestPeriodStart === null) return "no_data";
  return input.latestStatus ?? "no_data";
}

/**
 * How far a value has come from the baseline toward the target: 0 at the baseline, 1 at the target,
 * negative when it moved the wrong way, above 1 past the target. Null when it cannot be measured.
 */
export function progressToward(value: number, baseline: number | null, target: number | null): number | null {
  if (baseline === null || target === null || nearlyEqual(target, baseline)) return null;
  return (value - baseline) / (target - baseline);
}

/** "≥ 95", "≤ 30", "40 – 60". `format` lets the UI add units and separators. */
export function targetSummary(
  direction: KpiDirection,
  entry: TargetEntry | null,
  format: (value: number) => string = formatPlainNumber,
): string {
  if (direction === "range") {
    if (!entry || entry.targetMin === null || entry.targetMax === null) return "No target";
    return `${format(entry.targetMin)} – ${format(entry.targetMax)}`;
  }
  if (!entry || entry.target === null) return "No target";
  return `${direction === "increase" ? "≥" : "≤"} ${format(entry.target)}`;
}
