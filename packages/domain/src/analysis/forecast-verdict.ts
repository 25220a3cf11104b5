import { compareIsoDates, type IsoDate } from "../kpi/calendar";
import { formatPlainNumber } from "../kpi/number-text";
import { targetSummary, type TargetEntry } from "../kpi/status";
import type { KpiDirection } from "../kpi/vocabulary";
import { FORECAST_MIN_VALUES, type Forecast, type ForecastPoint } from "./forecast";

export const FORECAST_VERDICTS = ["likely_to_meet", "likely_to_miss", "too_close_to_call", "not_enough_data"] as const;
export type ForecastVerdict = (typeof FORECAST_VERDICTS)[number];

export const FORECAST_VERDICT_LABELS: Readonly<Record<ForecastVerdict, string>> = {
  likely_to_meet: "likely to meet",
  likely_to_miss: "likely to miss",
  too_close_to_call: "too close to call",
  not_enough_data: "not enough data",
};

export interface ForecastVerdictInput {
  forecast: Forecast | null;
  direction: KpiDirection;
  /** The target in force at the forecast period (see targetFor). */
  target: TargetEntry | null;
  /** Which forecast period to judge; the furthest one when left out. */
  period?: IsoDate;
}

/** The projected point for `period`, or the furthest one. */
export function forecastPointAt(forecast: Forecast, period?: IsoDate): ForecastPoint | null {
  if (period === undefined) return forecast.points[forecast.points.length - 1] ?? null;
  return forecast.points.find((point) => compareIsoDates(point.period, period) === 0) ?? null;
}

/**
 * Whether the KPI is on course for its target. "Likely" means the whole 80 % prediction band lies on one
 * side of the target — at least a 90 % chance either way under the model; a band that straddles the
 * target is too close to call. Without a forecast, or without a target to judge against, there is not
 * enough data for a verdict.
 */
export function forecastVerdict(input: ForecastVerdictInput): ForecastVerdict {
  const { forecast, direction, target } = input;
  if (!forecast || !target) return "not_enough_data";
  const point = forecastPointAt(forecast, input.period);
  if (!point) return "not_enough_data";
  const { lower80: low, upper80: high } = point;
  switch (direction) {
    case "increase":
      if (target.target === null) return "not_enough_data";
      if (low >= target.target) return "likely_to_meet";
      return high < target.target ? "likely_to_miss" : "too_close_to_call";
    case "decrease":
      if (target.target === null) return "not_enough_data";
      if (high <= target.target) return "likely_to_meet";
      return low > target.target ? "likely_to_miss" : "too_close_to_call";
    case "range": {
      const { targetMin: min, targetMax: max } = target;
      if (min === null || max === null) return "not_enough_data";
      if (low >= min && high <= max) return "likely_to_meet";
      return high < min || low > max ? "likely_to_miss" : "too_close_to_call";
    }
  }
}

export interface ForecastSentenceInput extends ForecastVerdictInput {
  /** How many values the KPI has, for the sentence that says why there is no forecast. */
  valueCount: number;
  /** "Dec 2026" for a period start. */
  periodLabel: (period: IsoDate) => string;
  /** "2.1 %" for a value; plain numbers when left out. */
  format?: (value: number) => string;
}

/** "At this pace 2.1 % by Dec 2026 (target ≤ 2.0 %): likely to miss", or why there is no forecast. */
export function forecastSentence(input: ForecastSentenceInput): string {
  const format = input.format ?? formatPlainNumber;
  const point = input.forecast ? forecastPointAt(input.forecast, input.period) : null;
  if (!input.forecast || !point) {
    const count = input.valueCount;
    return `Cannot forecast yet: a forecast needs at least ${FORECAST_MIN_VALUES} values and this KPI has ${count}.`;
  }
  const verdict = forecastVerdict(input);
  const pace = `At this pace ${format(point.value)} by ${input.periodLabel(point.period)}`;
  const target = targetSummary(input.direction, input.target, format);
  if (verdict === "not_enough_data") return `${pace} (no target to judge against).`;
  return `${pace} (target ${target}): ${FORECAST_VERDICT_LABELS[verdict]}`;
}
