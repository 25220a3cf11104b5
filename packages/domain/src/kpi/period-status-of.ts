import type { IsoDate } from "./calendar";
import { periodStatus, targetFor, type TargetEntry } from "./status";
import type { KpiDirection, PeriodStatus } from "./vocabulary";

/**
 * One recorded period's status against the target it had then; null when the schedule lacks what the direction
 * needs (no target yet, a range without its bounds), where `periodStatus` would refuse.
 */
export function statusOfPeriod(direction: KpiDirection, schedule: readonly TargetEntry[], periodStart: IsoDate, value: number): PeriodStatus | null {
  const entry = targetFor(schedule, periodStart);
  if (!entry || !Number.isFinite(value)) return null;
  const needed = direction === "range" ? [entry.targetMin, entry.targetMax] : [entry.target];
  if (needed.some((bound) => bound === null)) return null;
  if (direction === "range" && (entry.targetMin as number) > (entry.targetMax as number)) return null;
  return periodStatus(direction, value, entry);
}
