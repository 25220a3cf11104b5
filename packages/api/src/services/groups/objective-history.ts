import { Prisma, type PrismaClient } from "@tally/db";
import { KPI_STATUSES, emptyStatusWeights, historyMonths, weightedHealth, type KpiStatus } from "@tally/domain";
import type { OrgActor } from "../actor";
import { kpiStatusesByMonthSql } from "../analysis/status-history";
import { findObjective } from "./objective-detail";
import { groupKpiQuery, kpiIdsOf } from "./group-kpis";

/**
 * The objective's weighted health as of each of the last twelve months, over the linked KPIs the member may see:
 * each KPI's status that month (judged in SQL) weighed by its link's weight, summed per status in one statement.
 */
export async function objectiveHealthHistory(db: PrismaClient, actor: OrgActor, objectiveId: string, now: Date = new Date()) {
  const objective = await findObjective(db, actor.orgId, objectiveId);
  const { where, today, weekStart } = await groupKpiQuery(db, actor, { objectiveId: objective.id }, now);
  const kpiIds = await kpiIdsOf(db, where);
  const months = historyMonths(today);
  const rows = kpiIds.length
    ? await db.$queryRaw<{ month: string; status: KpiStatus; weight: string; count: number }[]>(Prisma.sql`
        SELECT statuses.month, statuses.status, sum(link."weight")::text AS weight, count(*)::int AS count
        FROM (${kpiStatusesByMonthSql(actor.orgId, kpiIds, months, weekStart)}) statuses
        JOIN "KpiObjective" link
          ON link."orgId" = ${actor.orgId} AND link."objectiveId" = ${objective.id} AND link."kpiId" = statuses.kpi_id
        GROUP BY statuses.month, statuses.status`)
    : [];
  const byMonth = new Map(months.map((month) => [month.month, { weights: emptyStatusWeights(), counts: emptyStatusWeights() }]));
  for (const row of rows) {
    const entry = byMonth.get(row.month);
    if (!entry) continue;
    entry.weights[row.status] = Number(row.weight);
    entry.counts[row.status] = row.count;
  }
  return {
    months: months.map((month) => {
      const { weights, counts } = byMonth.get(month.month)!;
      const health = weightedHealth(weights);
      return {
        month: month.month,
        asOf: month.asOf,
        kpiCount: KPI_STATUSES.reduce((sum, status) => sum + counts[status], 0),
        counts,
        weights,
        shares: health.shares,
        onTrack: health.onTrack,
      };
    }),
  };
}
