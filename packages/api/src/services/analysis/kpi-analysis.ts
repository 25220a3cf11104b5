import type { PrismaClient } from "@tally/db";
import {
  FORECAST_MIN_VALUES,
  forecastHorizon,
  forecastSeries,
  forecastVerdict,
  latestSignal,
  periodChange,
  targetCapability,
  targetFor,
  todayIn,
  xmrAnalysis,
  XMR_MIN_VALUES,
  type Forecast,
  type ForecastVerdict,
  type KpiDirection,
  type TargetEntry,
} from "@tally/domain";
import type { Actor } from "../actor";
import { isoDate, isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { authorizeKpiFor } from "../kpi/scope";

/** Enough values for last year's period of a weekly KPI and a long window for anything else. */
const VALUES_READ = 400;
/** The process behaviour chart looks at the latest values, with limits from the first of them. */
export const XMR_WINDOW = 24;
export const XMR_BASELINE = 12;
/** Comments newer than this many values are drawn as annotations, as far back as the chart reaches. */
const ANNOTATIONS = 60;

interface JudgedForecast {
  period: string;
  target: TargetEntry | null;
  verdict: ForecastVerdict;
}

function judgedAt(forecast: Forecast | null, period: string | null, direction: KpiDirection, schedule: readonly TargetEntry[]): JudgedForecast | null {
  if (!period) return null;
  const target = targetFor(schedule, period);
  return { period, target, verdict: forecastVerdict({ forecast, direction, target, period }) };
}

/**
 * A KPI's forecast, process behaviour (XmR) analysis, change against earlier periods and comments, for the KPI
 * page. All from one read of the KPI's values; the KPI is checked for the actor first (NOT_FOUND when hidden).
 */
export async function kpiAnalysis(db: PrismaClient, actor: Actor, kpiId: string, now: Date = new Date()) {
  await authorizeKpiFor(db, actor, kpiId, "kpi.view");
  const [kpi, newestFirst] = await Promise.all([
    db.kpi.findUniqueOrThrow({
      where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
      select: { cadence: true, direction: true, endDate: true, targets: { orderBy: { effectiveFrom: "asc" } } },
    }),
    db.checkIn.findMany({
      where: { orgId: actor.orgId, kpiId },
      orderBy: { periodStart: "desc" },
      take: VALUES_READ,
      select: { periodStart: true, value: true, comment: true },
    }),
  ]);
  const rows = newestFirst.reverse();
  const points = rows.map((row) => ({ period: isoDate(row.periodStart), value: row.value.toNumber() }));
  const schedule = toTargetEntries(kpi.targets);
  const { cadence, direction } = kpi;
  const weekStart = actor.weekStart;
  const today = todayIn(actor.timeZone, now);
  const lastValuePeriod = points.at(-1)?.period ?? null;

  const horizon = lastValuePeriod
    ? forecastHorizon({ today, cadence, weekStart, endDate: isoDateOrNull(kpi.endDate), schedule, lastValuePeriod })
    : null;
  const forecast = horizon ? forecastSeries(points, horizon.periods, { cadence, weekStart }) : null;
  const judgedPeriod = horizon?.far?.period ?? horizon?.current ?? null;

  const xmrPoints = points.slice(-XMR_WINDOW);
  const xmr = xmrPoints.length >= XMR_MIN_VALUES ? xmrAnalysis(xmrPoints.map((point) => point.value), { baseline: Math.min(XMR_BASELINE, xmrPoints.length) }) : null;
  const signal = xmr ? latestSignal(xmr.signals) : null;
  const latestTarget = lastValuePeriod ? targetFor(schedule, lastValuePeriod) : null;

  return {
    cadence,
    direction,
    weekStart,
    valueCount: points.length,
    minValues: { forecast: FORECAST_MIN_VALUES, xmr: XMR_MIN_VALUES },
    forecast: forecast && horizon ? { ...forecast, horizon: { current: horizon.current, far: horizon.far } } : null,
    /** The verdict at the end of the current period and at the far horizon, against the target in force there. */
    verdicts: {
      current: judgedAt(forecast, horizon?.current ?? null, direction, schedule),
      far: judgedAt(forecast, horizon?.far?.period ?? null, direction, schedule),
    },
    judgedPeriod,
    xmr: xmr
      ? {
          ...xmr,
          periods: xmrPoints.map((point) => point.period),
          signal: signal ? { ...signal, since: xmrPoints[signal.start]!.period } : null,
          capability: targetCapability(xmr, direction, latestTarget),
          target: latestTarget,
        }
      : null,
    change: periodChange(points, cadence, weekStart),
    annotations: rows
      .slice(-ANNOTATIONS)
      .filter((row) => row.comment.trim() !== "")
      .map((row) => ({ period: isoDate(row.periodStart), value: row.value.toNumber(), comment: row.comment.trim() })),
  };
}

export type KpiAnalysis = Awaited<ReturnType<typeof kpiAnalysis>>;
