import { daysInMonth, fromYearMonthDay, toYearMonthDay, type IsoDate } from "../kpi/calendar";
import { periodStart, previousPeriodStart } from "../kpi/periods";
import type { Cadence } from "../kpi/vocabulary";

export interface PeriodDelta {
  period: IsoDate;
  value: number;
  /** The latest value minus this one. */
  delta: number;
  /** The same relative to this value; null when it is zero. */
  relative: number | null;
}

export interface PeriodChange {
  latest: { period: IsoDate; value: number };
  previous: PeriodDelta | null;
  lastYear: PeriodDelta | null;
}

/** The period a year before: the same month, quarter, week's date or day (29 Feb falls back to 28 Feb). */
export function samePeriodLastYear(start: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  const { year, month, day } = toYearMonthDay(start);
  const shifted = fromYearMonthDay(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
  return periodStart(shifted, cadence, weekStart);
}

function deltaTo(latest: number, period: IsoDate, values: ReadonlyMap<IsoDate, number>): PeriodDelta | null {
  const value = values.get(period);
  if (value === undefined) return null;
  return { period, value, delta: latest - value, relative: value === 0 ? null : (latest - value) / Math.abs(value) };
}

/**
 * The latest value against the period right before it and the same period a year earlier; a comparison whose
 * period has no value is null, never a comparison with some other period.
 */
export function periodChange(
  points: readonly { period: IsoDate; value: number }[],
  cadence: Cadence,
  weekStart: number,
): PeriodChange | null {
  const values = new Map(points.map((point) => [periodStart(point.period, cadence, weekStart), point.value]));
  const newest = [...values.keys()].sort().at(-1);
  if (newest === undefined) return null;
  const latest = values.get(newest)!;
  return {
    latest: { period: newest, value: latest },
    previous: deltaTo(latest, previousPeriodStart(newest, cadence, weekStart), values),
    lastYear: deltaTo(latest, samePeriodLastYear(newest, cadence, weekStart), values),
  };
}
