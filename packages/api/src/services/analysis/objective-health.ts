import type { PrismaClient } from "@tally/db";
import { healthTrend, type HistoryMonth, type KpiStatus } from "@tally/domain";
import { isoDateOrNull } from "../kpi/decimal";
import { emptyStatusCounts } from "./status-matrix";
import { kpiStatusesByMonthSql, type StatusCounts } from "./status-history";

/**
 * Each objective with the health of its linked KPIs that the member may see, now and as of `then`, and whether
 * it is improving: the objectives in one query, the health of all of them at both dates in one more.
 */
export async function objectiveHealth(
  db: Pick<PrismaClient, "objective" | "$queryRaw">,
  orgId: string,
  visibleKpiIds: readonly string[],
  then: HistoryMonth,
  now: HistoryMonth,
  weekStart: number,
) {
  const [objectives, rows] = await Promise.all([
    db.objective.findMany({
      where: { orgId, archivedAt: null },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, name: true, dueDate: true, owner: { select: { user: { select: { name: true } } } } },
    }),
    visibleKpiIds.length
      ? db.$queryRaw<{ objective_id: string; month: string; status: KpiStatus; count: number }[]>`
          SELECT link."objectiveId" AS objective_id, statuses.month, statuses.status, count(*)::int AS count
          FROM (${kpiStatusesByMonthSql(orgId, visibleKpiIds, [then, now], weekStart)}) statuses
          JOIN "KpiObjective" link ON link."orgId" = ${orgId} AND link."kpiId" = statuses.kpi_id
          GROUP BY link."objectiveId", statuses.month, statuses.status`
      : Promise.resolve([]),
  ]);
  const health = new Map<string, { now: StatusCounts; then: StatusCounts }>();
  for (const row of rows) {
    const entry = health.get(row.objective_id) ?? { now: emptyStatusCounts(), then: emptyStatusCounts() };
    entry[row.month === now.month ? "now" : "then"][row.status] = row.count;
    health.set(row.objective_id, entry);
  }
  return objectives.map((objective) => {
    const entry = health.get(objective.id) ?? { now: emptyStatusCounts(), then: emptyStatusCounts() };
    return {
      id: objective.id,
      name: objective.name,
      dueDate: isoDateOrNull(objective.dueDate),
      ownerName: objective.owner.user.name,
      health: entry.now,
      healthThen: entry.then,
      trend: healthTrend(entry.now, entry.then),
    };
  });
}
