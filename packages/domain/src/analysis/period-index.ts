import { toDayNumber, toYearMonthDay, type IsoDate } from "../kpi/calendar";
import { periodStart } from "../kpi/periods";
import type { Cadence } from "../kpi/vocabulary";

/**
 * A period's position on a line of whole periods: consecutive periods differ by exactly 1 whatever
 * their length in days, so a trend is "per month" and not bent by February being short.
 */
export function periodIndex(date: IsoDate, cadence: Cadence, weekStart: number): number {
  const start = periodStart(date, cadence, weekStart);
  const { year, month } = toYearMonthDay(start);
  switch (cadence) {
    case "daily":
      return toDayNumber(start);
    case "weekly":
      return Math.floor(toDayNumber(start) / 7);
    case "monthly":
      return year * 12 + (month - 1);
    case "quarterly":
      return year * 4 + (month - 1) / 3;
    case "yearly":
      return year;
  }
}
