import { periodStatus, targetFor, toNumberOrNull, type KpiDirection, type PeriodStatus, type TargetEntry } from "@tally/domain";
import type { KpiTargetRow } from "./types";

/** The schedule as the status rules read it. */
export function targetSchedule(rows: readonly KpiTargetRow[]): TargetEntry[] {
  return rows.map((row) => ({
    effectiveFrom: row.effectiveFrom,
    target: toNumberOrNull(row.target),
    targetMin: toNumberOrNull(row.targetMin),
    targetMax: toNumberOrNull(row.targetMax),
    warning: toNumberOrNull(row.warning),
    tolerance: toNumberOrNull(row.tolerance),
  }));
}

/** One period's status against the target it had then; null when the schedule lacks what the direction needs. */
export function statusOfPeriod(direction: KpiDirection, schedule: readonly TargetEntry[], periodStart: string, value: string): PeriodStatus | null {
  const entry = targetFor(schedule, periodStart);
  if (!entry) return null;
  try {
    return periodStatus(direction, Number(value), entry);
  } catch {
    return null;
  }
}
