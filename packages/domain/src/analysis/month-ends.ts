import { compareIsoDates, daysInMonth, fromYearMonthDay, toYearMonthDay, type IsoDate } from "../kpi/calendar";

/** One month of a status history: its key ("2026-11") and the day it is judged on. */
export interface HistoryMonth {
  month: string;
  asOf: IsoDate;
}

/**
 * The last `count` months up to `today`, oldest first, each judged on its last day — except the current month,
 * which is judged on `today`: a history never shows a status the KPI cannot have had yet.
 */
export function historyMonths(today: IsoDate, count: number = 12): HistoryMonth[] {
  if (!Number.isInteger(count) || count < 1 || count > 120) throw new Error(`A status history covers 1 to 120 months, not ${count}.`);
  const { year, month } = toYearMonthDay(today);
  const months: HistoryMonth[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const lastDay = fromYearMonthDay(y, m, daysInMonth(y, m));
    months.push({ month: `${y}-${String(m).padStart(2, "0")}`, asOf: compareIsoDates(lastDay, today) > 0 ? today : lastDay });
  }
  return months;
}
