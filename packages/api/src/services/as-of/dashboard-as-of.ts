import type { PrismaClient } from "@tally/db";
import { KPI_CATEGORIES, KPI_STATUSES, historyMonths, missingPeriod, periodLabel, targetFor, type AttentionStatus, type KpiCategory } from "@tally/domain";
import type { OrgActor } from "../actor";
import { ATTENTION_ORDER, type AttentionItem } from "../analysis/needs-attention";
import { objectiveHealth } from "../analysis/objective-health";
import type { StatusCounts } from "../analysis/status-history";
import { emptyStatusCounts } from "../analysis/status-matrix";
import { kpiWhereFor } from "../kpi/scope";
import type { AsOfDay } from "./as-of-day";
import { kpisAsOf, statusOn, type KpiAsOf } from "./kpis-as-of";

const HISTORY_MONTHS = 12;
const TREND_MONTHS_BACK = 3;
const ATTENTION_ROWS = 8;
const RECENT_ROWS = 8;

/** The KPIs among these that had an open corrective action at the cutoff: created by then and not yet closed. */
async function kpisWithActionOpenAt(db: PrismaClient, orgId: string, kpiIds: readonly string[], cutoff: Date): Promise<Set<string>> {
  if (!kpiIds.length) return new Set();
  const rows = await db.actionKpi.findMany({
    where: {
      orgId,
      kpiId: { in: [...kpiIds] },
      action: { createdAt: { lt: cutoff }, OR: [{ completedAt: null, status: "open" }, { completedAt: { gte: cutoff } }] },
    },
    select: { kpiId: true },
    distinct: ["kpiId"],
  });
  return new Set(rows.map((row) => row.kpiId));
}

function attentionItem(kpi: KpiAsOf, status: AttentionStatus, day: AsOfDay, weekStart: number, withAction: Set<string>): AttentionItem {
  const latest = kpi.checkIns.at(-1) ?? null;
  const missing = status === "overdue" ? missingPeriod(kpi.cadence, day.asOf, weekStart) : null;
  return {
    id: kpi.id,
    name: kpi.name,
    ownerName: kpi.ownerName,
    status,
    unit: kpi.unit,
    currency: kpi.currency,
    durationUnit: kpi.durationUnit,
    decimals: kpi.decimals,
    direction: kpi.direction,
    cadence: kpi.cadence,
    latest: latest ? { periodStart: latest.periodStart, periodLabel: periodLabel(latest.periodStart, kpi.cadence, weekStart), value: latest.value } : null,
    target: latest ? targetFor(kpi.schedule, latest.periodStart) : null,
    missing: missing ? { ...missing, periodLabel: periodLabel(missing.periodStart, kpi.cadence, weekStart) } : null,
    hasOpenAction: withAction.has(kpi.id),
  };
}

/**
 * The organization overview as it stood at the end of `day`, in the shape of today's: the KPIs that existed then,
 * each with the values in force then and its status judged with that day as today. The month history and the
 * objectives' health end at that day.
 */
export async function organizationDashboardAsOf(db: PrismaClient, actor: OrgActor, day: AsOfDay) {
  const visible = await db.kpi.findMany({
    where: { AND: [{ orgId: actor.orgId }, await kpiWhereFor(db, actor, "kpi.view"), { createdAt: { lt: day.cutoff } }] },
    select: { id: true },
  });
  const kpis = (await kpisAsOf(db, actor.orgId, visible.map((kpi) => kpi.id), day, actor.weekStart)).filter((kpi) => kpi.active);
  const ids = kpis.map((kpi) => kpi.id);
  const months = historyMonths(day.asOf, HISTORY_MONTHS);
  const trendFrom = months[months.length - 1 - TREND_MONTHS_BACK]!;
  const objectives = await objectiveHealth(db, actor.orgId, ids, trendFrom, months.at(-1)!, actor.weekStart);
  // Each month judged from the values known at the end of the day, with that month's end as "today".
  const history = months.map((month) => {
    const counts = emptyStatusCounts();
    for (const kpi of kpis) if (kpi.startDate <= month.asOf) counts[statusOn(kpi, month.asOf, actor.weekStart)] += 1;
    return { month: month.month, asOf: month.asOf, counts };
  });
  const totals = emptyStatusCounts();
  const byCategory = new Map<KpiCategory, StatusCounts>();
  for (const kpi of kpis) {
    totals[kpi.status] += 1;
    const counts = byCategory.get(kpi.category) ?? emptyStatusCounts();
    counts[kpi.status] += 1;
    byCategory.set(kpi.category, counts);
  }
  const matrix = KPI_CATEGORIES.flatMap((category) => {
    const counts = byCategory.get(category);
    return counts ? [{ category, counts, total: KPI_STATUSES.reduce((sum, status) => sum + counts[status], 0) }] : [];
  });
  const flagged = kpis.filter((kpi) => kpi.status === "off_track" || kpi.status === "overdue");
  const withAction = await kpisWithActionOpenAt(db, actor.orgId, flagged.map((kpi) => kpi.id), day.cutoff);
  const needsAttention = ATTENTION_ORDER.flatMap((status) =>
    kpis.filter((kpi) => kpi.status === status).map((kpi) => attentionItem(kpi, status, day, actor.weekStart, withAction)),
  ).slice(0, ATTENTION_ROWS);
  const recentCheckIns = kpis
    .flatMap((kpi) => kpi.checkIns.map((value) => ({ kpi, value })))
    .sort((a, b) => b.value.recordedAt.getTime() - a.value.recordedAt.getTime() || b.value.periodStart.localeCompare(a.value.periodStart))
    .slice(0, RECENT_ROWS)
    .map(({ kpi, value }) => ({
      id: `${kpi.id}:${value.periodStart}`,
      kpi: { id: kpi.id, name: kpi.name, cadence: kpi.cadence },
      format: { unit: kpi.unit, currency: kpi.currency, durationUnit: kpi.durationUnit, decimals: kpi.decimals },
      periodStart: value.periodStart,
      periodLabel: periodLabel(value.periodStart, kpi.cadence, actor.weekStart),
      value: value.value,
      status: value.status,
      recordedBy: value.recordedBy,
      recordedAt: value.recordedAt,
    }));
  const previous = history.at(-2)!;
  return {
    today: day.asOf,
    asOf: day.asOf,
    totals,
    previous: { month: previous.month, asOf: previous.asOf, counts: previous.counts },
    matrix,
    history,
    objectives,
    objectivesSince: trendFrom.asOf,
    needsAttention,
    withoutAction: flagged.filter((kpi) => !withAction.has(kpi.id)).length,
    recentCheckIns,
  };
}
