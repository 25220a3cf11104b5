import type { Cadence, KpiDirection, PrismaClient } from "@tally/db";
import {
  forecastHorizon,
  forecastSeries,
  forecastVerdict,
  periodLabel,
  signalVerdict,
  toNumberOrNull,
  xmrAnalysis,
  type ForecastVerdict,
  type SignalKind,
} from "@tally/domain";
import { lastValues, TREND_LENGTH, type SeriesPoint } from "./sparklines";

/**
 * Values read per KPI: a forecast fits the last twelve; the signal view judges the last 24 with limits from the
 * first twelve of them, as the KPI page's process behaviour chart does.
 */
export const ANALYSED_VALUES = 24;
export const SIGNAL_BASELINE = 12;

export type { SeriesPoint };

/** The last values of many KPIs, oldest first, in one query for a page of the list. */
export function recentSeries(db: Pick<PrismaClient, "$queryRaw">, orgId: string, kpiIds: readonly string[]): Promise<Map<string, SeriesPoint[]>> {
  return lastValues(db, orgId, kpiIds, ANALYSED_VALUES);
}

export function trendOf(points: readonly SeriesPoint[]): number[] {
  return points.slice(-TREND_LENGTH).map((point) => point.value);
}

export interface ListAnalysis {
  /** Whether the value of the current period is on course for today's target, by the KPI page's forecast. */
  forecast: { verdict: ForecastVerdict; period: string | null; value: number | null };
  /** The XmR view's verdict on the same values: routine variation or the latest signal, in words. */
  signal: { kind: SignalKind; text: string; since: string | null };
}

interface AnalysedKpi {
  cadence: Cadence;
  direction: KpiDirection;
  endDate: string | null;
  target: { target: string | null; targetMin: string | null; targetMax: string | null } | null;
}

/**
 * The forecast verdict and the signal of one row of the list, from values already loaded: the domain's
 * least-squares forecast to the end of the current period, judged against the target in force today, and
 * the domain's XmR rules over the same values.
 */
export function analyseListRow(kpi: AnalysedKpi, points: readonly SeriesPoint[], today: string, weekStart: number): ListAnalysis {
  const labelOf = (period: string) => periodLabel(period, kpi.cadence, weekStart);
  const xmr = points.length >= 2 ? xmrAnalysis(points.map((point) => point.value), { baseline: Math.min(SIGNAL_BASELINE, points.length) }) : null;
  const signal = signalVerdict(xmr, points.map((point) => point.period), labelOf);
  const last = points.at(-1);
  if (!last) return { forecast: { verdict: "not_enough_data", period: null, value: null }, signal: { kind: signal.kind, text: signal.text, since: signal.since } };
  const { current } = forecastHorizon({ today, cadence: kpi.cadence, weekStart, endDate: kpi.endDate, schedule: [], lastValuePeriod: last.period });
  const forecast = forecastSeries(points, [current], { cadence: kpi.cadence, weekStart });
  const target = kpi.target
    ? {
        effectiveFrom: current,
        target: toNumberOrNull(kpi.target.target),
        targetMin: toNumberOrNull(kpi.target.targetMin),
        targetMax: toNumberOrNull(kpi.target.targetMax),
        warning: null,
        tolerance: null,
      }
    : null;
  return {
    forecast: {
      verdict: forecastVerdict({ forecast, direction: kpi.direction, target, period: current }),
      period: forecast ? current : null,
      value: forecast?.points[0]?.value ?? null,
    },
    signal: { kind: signal.kind, text: signal.text, since: signal.since },
  };
}
