import { compareIsoDates, type IsoDate } from "../kpi/calendar";
import type { Cadence } from "../kpi/vocabulary";
import { periodIndex } from "./period-index";
import { studentT } from "./student-t";

/**
 * Forecasts by ordinary least squares on the last N periods (N = 12 unless told otherwise).
 *
 * Why least squares and not Holt's linear trend: with the 6 to 24 values a KPI typically has, Holt's two
 * smoothing constants would have to be guessed or fitted on too little data, and its prediction intervals
 * are approximations. A straight line through the recent window has one exact, textbook prediction
 * interval, and its inputs (window, slope, residual error) can be shown to a person who wants to check it.
 * The window keeps it "at this pace": old history does not hold today's trend back.
 */
export const FORECAST_METHOD = "least_squares" as const;

/** Fewer values than this give a line whose band is too wide to say anything. */
export const FORECAST_MIN_VALUES = 6;
export const FORECAST_DEFAULT_WINDOW = 12;

export interface ForecastOptions {
  /** How many of the latest values the line is fitted on; at least FORECAST_MIN_VALUES. */
  window?: number;
  /** The KPI's cadence and week start place periods one step apart; monthly and Monday by default. */
  cadence?: Cadence;
  weekStart?: number;
}

export interface ForecastInputPoint {
  period: IsoDate;
  value: number;
}

export interface ForecastPoint {
  period: IsoDate;
  /** The line's value for the period. */
  value: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface Forecast {
  method: typeof FORECAST_METHOD;
  /** How many values the line was fitted on, and the first and last of their periods. */
  window: number;
  from: IsoDate;
  to: IsoDate;
  /** Change per period. */
  slope: number;
  /** The line's value at the last fitted period. */
  level: number;
  /** √(Σ residual² / (n − 2)): how far values stray from the line. */
  residualStandardError: number;
  points: ForecastPoint[];
}

function assertFiniteValues(points: readonly ForecastInputPoint[]): void {
  for (const point of points) {
    if (!Number.isFinite(point.value)) throw new Error(`A forecast needs finite values; ${point.period} has ${point.value}.`);
  }
}

/**
 * The least-squares line through the latest values, projected to each period of `horizon`, with 80 % and
 * 95 % prediction bands ŷ ± t · s · √(1 + 1/n + (x₀ − x̄)² / Sxx): the band of a single future value, which
 * widens the further x₀ lies from the fitted periods. Null with fewer than FORECAST_MIN_VALUES values.
 */
export function forecastSeries(
  points: readonly ForecastInputPoint[],
  horizon: readonly IsoDate[],
  options: ForecastOptions = {},
): Forecast | null {
  const windowSize = options.window ?? FORECAST_DEFAULT_WINDOW;
  if (!Number.isInteger(windowSize) || windowSize < FORECAST_MIN_VALUES) {
    throw new Error(`A forecast window is a whole number of at least ${FORECAST_MIN_VALUES} periods, not ${windowSize}.`);
  }
  assertFiniteValues(points);
  const cadence = options.cadence ?? "monthly";
  const weekStart = options.weekStart ?? 1;
  const sorted = [...points].sort((a, b) => compareIsoDates(a.period, b.period));
  const indices = sorted.map((point) => periodIndex(point.period, cadence, weekStart));
  for (let i = 1; i < sorted.length; i += 1) {
    if (indices[i] === indices[i - 1]) throw new Error(`A forecast takes one value per period; ${sorted[i]!.period} appears twice.`);
  }
  const used = sorted.slice(-windowSize);
  if (used.length < FORECAST_MIN_VALUES) return null;

  const last = used[used.length - 1]!;
  const origin = indices[indices.length - 1]!;
  const xs = indices.slice(-windowSize).map((index) => index - origin);
  const ys = used.map((point) => point.value);
  const n = used.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let squaredResiduals = 0;
  for (let i = 0; i < n; i += 1) squaredResiduals += (ys[i]! - (intercept + slope * xs[i]!)) ** 2;
  const residualStandardError = Math.sqrt(squaredResiduals / (n - 2));
  const t80 = studentT(80, n - 2);
  const t95 = studentT(95, n - 2);

  const projected = [...new Set(horizon)].sort(compareIsoDates).map((period): ForecastPoint => {
    const x = periodIndex(period, cadence, weekStart) - origin;
    const value = intercept + slope * x;
    const spread = residualStandardError * Math.sqrt(1 + 1 / n + (x - meanX) ** 2 / sxx);
    return {
      period,
      value,
      lower80: value - t80 * spread,
      upper80: value + t80 * spread,
      lower95: value - t95 * spread,
      upper95: value + t95 * spread,
    };
  });

  return {
    method: FORECAST_METHOD,
    window: n,
    from: used[0]!.period,
    to: last.period,
    slope,
    level: intercept,
    residualStandardError,
    points: projected,
  };
}
