import { compareIsoDates, type IsoDate } from "./calendar";
import { dueCutoff, nextPeriodStart, periodStart, previousPeriodStart } from "./periods";
import type { Cadence } from "./vocabulary";

/** How far back the Due page offers periods without a value: a year of months, the current one included. */
export const MAX_MISSING_PERIODS = 12;

export interface RecentPeriodsInput {
  cadence: Cadence;
  startDate: IsoDate;
  endDate: IsoDate | null;
  today: IsoDate;
  weekStart: number;
  /** How many periods back from the current one, the current one included. */
  count?: number;
}

/**
 * The periods a value may be waiting for, newest first: the current period and those before it, at most
 * `count`, none before the KPI's first period or after its last.
 */
export function recentPeriods({ cadence, startDate, endDate, today, weekStart, count = MAX_MISSING_PERIODS }: RecentPeriodsInput): IsoDate[] {
  if (!Number.isInteger(count) || count < 1 || count > 120) throw new Error(`Look back 1 to 120 periods, not ${count}.`);
  const first = periodStart(startDate, cadence, weekStart);
  const last = endDate === null ? null : periodStart(endDate, cadence, weekStart);
  const periods: IsoDate[] = [];
  let period = periodStart(today, cadence, weekStart);
  for (let step = 0; step < count && compareIsoDates(period, first) >= 0; step += 1) {
    if (last === null || compareIsoDates(period, last) <= 0) periods.push(period);
    period = previousPeriodStart(period, cadence, weekStart);
  }
  return periods;
}

/** One period of a cadence's recent calendar, with the start of the next and whether a missing value is overdue. */
export interface RecentPeriod {
  period: IsoDate;
  next: IsoDate;
  overdue: boolean;
}

/**
 * The last `count` periods of a cadence, newest first, for every KPI of that cadence at once. A KPI's own
 * `recentPeriods` are exactly those of them that end after its start date (`next` > startDate) and start on or
 * before its end date (`period` <= endDate): a database can apply that to many KPIs in one join.
 */
export function recentCalendar(cadence: Cadence, today: IsoDate, weekStart: number, count: number = MAX_MISSING_PERIODS): RecentPeriod[] {
  const periods: RecentPeriod[] = [];
  let period = periodStart(today, cadence, weekStart);
  for (let step = 0; step < count; step += 1) {
    periods.push({ period, next: nextPeriodStart(period, cadence, weekStart), overdue: isPeriodOverdue(period, cadence, today, weekStart) });
    period = previousPeriodStart(period, cadence, weekStart);
  }
  return periods;
}

/** A period without a value is overdue once it has ended and its grace days have passed. */
export function isPeriodOverdue(period: IsoDate, cadence: Cadence, today: IsoDate, weekStart: number): boolean {
  return compareIsoDates(periodStart(period, cadence, weekStart), dueCutoff(cadence, today, weekStart)) <= 0;
}
