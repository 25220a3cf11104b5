import { compareIsoDates, type IsoDate } from "../kpi/calendar";
import { currentPeriodStart, nextPeriodStart, periodStart } from "../kpi/periods";
import type { TargetEntry } from "../kpi/status";
import type { Cadence } from "../kpi/vocabulary";

/** The forecast line is drawn for at most this many periods past the last value; the far horizon is judged anyway. */
export const FORECAST_DRAWN_PERIODS = 24;

export type HorizonKind = "current_period" | "end_date" | "target_change";

export interface ForecastHorizon {
  /** The period running today (or the KPI's last period, once it has ended). */
  current: IsoDate;
  /** The KPI's end or the next target change, whichever comes first; null when neither lies ahead. */
  far: { period: IsoDate; kind: Exclude<HorizonKind, "current_period"> } | null;
  /** Every period to project: those after the last value up to the far horizon (capped), plus both horizons. */
  periods: IsoDate[];
}

export interface ForecastHorizonInput {
  today: IsoDate;
  cadence: Cadence;
  weekStart: number;
  endDate: IsoDate | null;
  schedule: readonly TargetEntry[];
  /** The newest period with a value; projection starts after it. */
  lastValuePeriod: IsoDate;
}

/** The first period a target entry applies to: targets change at period starts, never inside a period. */
function firstPeriodFrom(date: IsoDate, cadence: Cadence, weekStart: number): IsoDate {
  const start = periodStart(date, cadence, weekStart);
  return start === date ? start : nextPeriodStart(date, cadence, weekStart);
}

/**
 * Where a KPI's forecast looks: to the end of the current period and to the KPI's end date or its next target
 * change, whichever comes first — the point where today's target stops being the one that counts.
 */
export function forecastHorizon(input: ForecastHorizonInput): ForecastHorizon {
  const { cadence, weekStart } = input;
  const endPeriod = input.endDate ? periodStart(input.endDate, cadence, weekStart) : null;
  let current = currentPeriodStart(input.today, cadence, weekStart);
  if (endPeriod && compareIsoDates(endPeriod, current) < 0) current = endPeriod;

  const candidates: { period: IsoDate; kind: "end_date" | "target_change" }[] = [];
  if (endPeriod && compareIsoDates(endPeriod, current) > 0) candidates.push({ period: endPeriod, kind: "end_date" });
  const nextChange = input.schedule
    .map((entry) => firstPeriodFrom(entry.effectiveFrom, cadence, weekStart))
    .filter((period) => compareIsoDates(period, current) > 0 && (!endPeriod || compareIsoDates(period, endPeriod) <= 0))
    .sort(compareIsoDates)[0];
  if (nextChange) candidates.push({ period: nextChange, kind: "target_change" });
  const far = candidates.sort((a, b) => compareIsoDates(a.period, b.period))[0] ?? null;

  const last = far?.period ?? current;
  const periods = new Set<IsoDate>([current, ...(far ? [far.period] : [])]);
  let period = nextPeriodStart(input.lastValuePeriod, cadence, weekStart);
  for (let drawn = 0; drawn < FORECAST_DRAWN_PERIODS && compareIsoDates(period, last) <= 0; drawn += 1) {
    periods.add(period);
    period = nextPeriodStart(period, cadence, weekStart);
  }
  return { current, far, periods: [...periods].sort(compareIsoDates) };
}
