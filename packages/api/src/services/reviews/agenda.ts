import type { Prisma, PrismaClient } from "@tally/db";
import {
  formatPlainNumber,
  kpiStatus,
  missingPeriod,
  periodLabel,
  statusExplanation,
  targetFor,
  type DurationUnit,
  type ForecastVerdict,
  type KpiUnit,
  type KpiStatus,
  type PeriodStatus,
  type TargetEntry,
} from "@tally/domain";
import { kpisWithOpenAction } from "../actions/open-actions";
import { decimalText, isoDate, isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { analyseListRow, recentSeries, trendOf } from "../kpi/list-analysis";

/** One value of an agenda KPI in the review's period, with the target then in force. */
export interface AgendaValue {
  periodStart: string;
  periodLabel: string;
  value: string;
  status: PeriodStatus | null;
  target: { target: string | null; targetMin: string | null; targetMax: string | null } | null;
}

/** One KPI of a review's agenda, as the review page shows it; a closed review keeps exactly this. */
export interface AgendaItem {
  kpiId: string;
  position: number;
  name: string;
  ownerMembershipId: string;
  ownerName: string;
  unit: KpiUnit;
  durationUnit: DurationUnit | null;
  currency: string | null;
  decimals: number;
  direction: "increase" | "decrease" | "range";
  cadence: "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
  archived: boolean;
  version: number;
  status: KpiStatus;
  /** Why the KPI has its status, in one line. */
  explanation: string;
  /** The last values, oldest first, for a small trend line. */
  trend: number[];
  forecast: { verdict: ForecastVerdict; period: string | null; value: number | null };
  /** Off track or overdue with no open corrective action. */
  noOpenAction: boolean;
  latest: { periodStart: string; periodLabel: string; value: string } | null;
  /** The target in force today. */
  target: { effectiveFrom: string; target: string | null; targetMin: string | null; targetMax: string | null; warning: string | null; tolerance: string | null } | null;
  values: AgendaValue[];
}

const agendaKpiSelect = {
  id: true,
  name: true,
  unit: true,
  durationUnit: true,
  currency: true,
  decimals: true,
  direction: true,
  cadence: true,
  startDate: true,
  endDate: true,
  archivedAt: true,
  version: true,
  latestPeriodStart: true,
  latestValue: true,
  latestStatus: true,
  ownerMembershipId: true,
  owner: { select: { user: { select: { name: true } } } },
  targets: { orderBy: { effectiveFrom: "asc" } },
} satisfies Prisma.KpiSelect;

type Db = Pick<PrismaClient, "kpi" | "checkIn" | "actionKpi" | "$queryRaw">;

const text = (value: number | null) => (value === null ? null : formatPlainNumber(value));

function targetText(entry: TargetEntry | null): AgendaItem["target"] {
  if (!entry) return null;
  return { effectiveFrom: entry.effectiveFrom, target: text(entry.target), targetMin: text(entry.targetMin), targetMax: text(entry.targetMax), warning: text(entry.warning), tolerance: text(entry.tolerance) };
}

export interface AgendaContext {
  orgId: string;
  today: string;
  weekStart: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * The agenda's KPIs as they stand now: status, explanation, trend, forecast verdict, the open-action flag and the
 * values of the review's period. A fixed number of queries whatever the number of KPIs. Items come in `kpiIds` order.
 */
export async function liveAgenda(db: Db, context: AgendaContext, kpiIds: readonly string[]): Promise<AgendaItem[]> {
  if (!kpiIds.length) return [];
  const { orgId, today, weekStart } = context;
  const [kpis, series, withAction, periodValues] = await Promise.all([
    db.kpi.findMany({ where: { orgId, id: { in: [...kpiIds] } }, select: agendaKpiSelect }),
    recentSeries(db, orgId, kpiIds),
    kpisWithOpenAction(db, orgId, kpiIds),
    db.checkIn.findMany({
      where: { orgId, kpiId: { in: [...kpiIds] }, periodStart: { gte: new Date(`${context.periodStart}T00:00:00Z`), lte: new Date(`${context.periodEnd}T00:00:00Z`) } },
      orderBy: [{ kpiId: "asc" }, { periodStart: "asc" }],
      select: { kpiId: true, periodStart: true, value: true, status: true },
    }),
  ]);
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  return kpiIds.flatMap((kpiId, position) => {
    const kpi = byId.get(kpiId);
    if (!kpi) return [];
    const schedule = toTargetEntries(kpi.targets);
    const latestStart = isoDateOrNull(kpi.latestPeriodStart);
    const status = kpiStatus({
      latestPeriodStart: latestStart,
      latestStatus: kpi.latestStatus,
      cadence: kpi.cadence,
      startDate: isoDate(kpi.startDate),
      endDate: isoDateOrNull(kpi.endDate),
      today,
      weekStart,
    });
    const points = series.get(kpiId) ?? [];
    const todayTarget = targetFor(schedule, today);
    const analysis = analyseListRow(
      { cadence: kpi.cadence, direction: kpi.direction, endDate: isoDateOrNull(kpi.endDate), target: todayTarget ? { target: text(todayTarget.target), targetMin: text(todayTarget.targetMin), targetMax: text(todayTarget.targetMax) } : null },
      points,
      today,
      weekStart,
    );
    const latestValue = decimalText(kpi.latestValue);
    const latest = latestStart && latestValue !== null ? { periodStart: latestStart, periodLabel: periodLabel(latestStart, kpi.cadence, weekStart), value: latestValue } : null;
    const missing = status === "overdue" ? missingPeriod(kpi.cadence, today, weekStart) : null;
    const explanation = statusExplanation(
      {
        status,
        direction: kpi.direction,
        latest: latest ? { periodLabel: latest.periodLabel, value: Number(latest.value) } : null,
        target: latest ? targetFor(schedule, latest.periodStart) : null,
        missing: missing ? { periodLabel: periodLabel(missing.periodStart, kpi.cadence, weekStart), overdueSince: missing.overdueSince } : null,
      },
      { value: formatPlainNumber, date: (day) => day },
    );
    const values = periodValues
      .filter((row) => row.kpiId === kpiId)
      .map((row) => {
        const start = isoDate(row.periodStart);
        const entry = targetFor(schedule, start);
        return {
          periodStart: start,
          periodLabel: periodLabel(start, kpi.cadence, weekStart),
          value: decimalText(row.value)!,
          status: row.status,
          target: entry ? { target: text(entry.target), targetMin: text(entry.targetMin), targetMax: text(entry.targetMax) } : null,
        };
      });
    const item: AgendaItem = {
      kpiId,
      position,
      name: kpi.name,
      ownerMembershipId: kpi.ownerMembershipId,
      ownerName: kpi.owner.user.name,
      unit: kpi.unit,
      durationUnit: kpi.durationUnit,
      currency: kpi.currency,
      decimals: kpi.decimals,
      direction: kpi.direction,
      cadence: kpi.cadence,
      archived: kpi.archivedAt !== null,
      version: kpi.version,
      status,
      explanation,
      trend: trendOf(points),
      forecast: analysis.forecast,
      noOpenAction: (status === "off_track" || status === "overdue") && !withAction.has(kpiId),
      latest,
      target: targetText(todayTarget),
      values,
    };
    return [item];
  });
}
