import {
  addDays,
  compareIsoDates,
  formatIsoDate,
  fromDayNumber,
  fromYearMonthDay,
  isIsoDate,
  isoWeekday,
  monthName,
  toDayNumber,
  toYearMonthDay,
} from "./calendar";
import type { IsoDate } from "./calendar";
import type { Cadence } from "./vocabulary";

export { addDays, compareIsoDates, isIsoDate };
export type { IsoDate };

/** Days after a period ends before its missing value counts as overdue. */
export const DEFAULT_GRACE_DAYS = 3;

/** Refuse to list more periods than any chart or report needs: it signals a wrong date, not a wish. */
export const MAX_PERIODS_BETWEEN = 5000;

export function assertWeekStart(weekStart: number): void {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) {
    throw new Error(`The week start must be an ISO weekday from 1 (Monday) to 7 (Sunday), not ${weekStart}.`);
  }
}

/** Moves the first day of a month by whole months. */
function shiftMonths(firstOfMonth: IsoDate, months: number): IsoDate {
  const { year, month } = toYearMonthDay(firstOfMonth);
  const index = year * 12 + (month - 1) + months;
  return fromYearMonthDay(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The first day of the period that contains `date`. */
export function periodStart(date: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  assertWeekStart(weekStart);
  const { year, month } = toYearMonthDay(date);
  switch (cadence) {
    case "daily":
      return date;
    case "weekly":
      return addDays(date, -((isoWeekday(date) - weekStart + 7) % 7));
    case "monthly":
      return fromYearMonthDay(year, month, 1);
    case "quarterly":
      return fromYearMonthDay(year, month - ((month - 1) % 3), 1);
    case "yearly":
      return fromYearMonthDay(year, 1, 1);
  }
}

/** Reads better where "now" is meant; the same as periodStart. */
export function currentPeriodStart(today: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  return periodStart(today, cadence, weekStart);
}

/** The start of the period after the one containing `start` (any day of that period will do). */
export function nextPeriodStart(start: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  return stepPeriod(periodStart(start, cadence, weekStart), cadence, 1);
}

/** The start of the period before the one containing `start` (any day of that period will do). */
export function previousPeriodStart(start: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  return stepPeriod(periodStart(start, cadence, weekStart), cadence, -1);
}

function stepPeriod(start: IsoDate, cadence: Cadence, steps: 1 | -1): IsoDate {
  switch (cadence) {
    case "daily":
      return addDays(start, steps);
    case "weekly":
      return addDays(start, 7 * steps);
    case "monthly":
      return shiftMonths(start, steps);
    case "quarterly":
      return shiftMonths(start, 3 * steps);
    case "yearly":
      return shiftMonths(start, 12 * steps);
  }
}

/** The last day of the period that contains `start`, inclusive. */
export function periodEnd(start: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  return addDays(nextPeriodStart(start, cadence, weekStart), -1);
}

/** Starts of every period that touches [from, to], ascending; empty when `to` is before `from`. */
export function periodsBetween(from: IsoDate, to: IsoDate, cadence: Cadence, weekStart: number): IsoDate[] {
  const starts: IsoDate[] = [];
  if (compareIsoDates(from, to) > 0) return starts;
  const last = toDayNumber(to);
  for (let start = periodStart(from, cadence, weekStart); toDayNumber(start) <= last; start = stepPeriod(start, cadence, 1)) {
    if (starts.length === MAX_PERIODS_BETWEEN) {
      throw new Error(`More than ${MAX_PERIODS_BETWEEN} ${cadence} periods between ${from} and ${to}: narrow the range.`);
    }
    starts.push(start);
  }
  return starts;
}

/** "12 Mar 2026", "Week of 9 Mar 2026", "Mar 2026", "Q1 2026", "2026". */
export function periodLabel(start: IsoDate, cadence: Cadence, weekStart: number): string {
  const first = periodStart(start, cadence, weekStart);
  const { year, month } = toYearMonthDay(first);
  switch (cadence) {
    case "daily":
      return formatIsoDate(first);
    case "weekly":
      return `Week of ${formatIsoDate(first)}`;
    case "monthly":
      return `${monthName(month)} ${year}`;
    case "quarterly":
      return `Q${(month - 1) / 3 + 1} ${year}`;
    case "yearly":
      return String(year);
  }
}

/**
 * The ISO 8601 week: weeks start on Monday and belong to the year that holds their Thursday, so
 * 2021-01-03 is in week 53 of 2020. Independent of the organization's week start.
 */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const thursday = toDayNumber(date) - isoWeekday(date) + 4;
  const year = toYearMonthDay(fromDayNumber(thursday)).year;
  const firstOfYear = toDayNumber(fromYearMonthDay(year, 1, 1));
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

/**
 * The start of the latest period that is due: its last day plus the grace days is strictly before
 * today. A KPI whose newest value is for an earlier period than this is overdue.
 */
export function dueCutoff(cadence: Cadence, today: IsoDate, weekStart: number, graceDays: number = DEFAULT_GRACE_DAYS): IsoDate {
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new Error(`Grace days must be a whole number of 0 or more, not ${graceDays}.`);
  }
  // A period is due once its last day is on or before today − grace − 1; the period holding today − grace
  // is the first that is not, so the one before it is the latest that is.
  return previousPeriodStart(addDays(today, -graceDays), cadence, weekStart);
}
