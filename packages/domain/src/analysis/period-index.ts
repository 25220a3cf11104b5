import { isoWeekday, toDayNumber, toYearMonthDay, type IsoDate } from "../kpi/calendar";
import { assertWeekStart } from "../kpi/periods";
import type { Cadence } from "../kpi/vocabulary";

/**
 * A period's position on a line of whole periods: consecutive periods differ by exactly 1 whatever
 * their length in days, so a trend is "per month" and not bent by February being short. Computed from the
 * date's numbers without building the period's start date: forecasts ask for it many times per KPI.
 */
export function periodIndex(date: IsoDate, cadence: Cadence, weekStart: number): number {
  switch (cadence) {
    case "daily":
      return toDayNumber(date);
    case "weekly": {
      assertWeekStart(weekStart);
      const daysIntoWeek = (isoWeekday(date) - weekStart + 7) % 7;
      return Math.floor((toDayNumber(date) - daysIntoWeek) / 7);
    }
    case "monthly": {
      const { year, month } = toYearMonthDay(date);
      return year * 12 + (month - 1);
    }
    case "quarterly": {
      const { year, month } = toYearMonthDay(date);
      return year * 4 + Math.floor((month - 1) / 3);
    }
    case "yearly":
      return toYearMonthDay(date).year;
  }
}
