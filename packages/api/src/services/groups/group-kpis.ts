import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_STATUSES, type KpiStatus } from "@tally/domain";
import type { Actor } from "../actor";
import { kpiListQuery, statusWhere, type KpiListFilters } from "../kpi/list-where";

type GroupFilter = Pick<KpiListFilters, "teamId" | "objectiveId">;

/**
 * The KPIs of a team or an objective that the actor may see: the KPI list's own where-clause with its team or
 * objective filter, so every count here equals the length of the list it links to.
 */
export async function groupKpiQuery(db: Pick<PrismaClient, "teamMembership">, actor: Actor, filter: GroupFilter, now: Date) {
  return kpiListQuery(db, actor, { ...filter, archived: false }, now);
}

/** How many of the KPIs in `where` stand in each status today: one count per status, never one per KPI. */
export async function statusCountsOf(db: Pick<PrismaClient, "kpi">, where: Prisma.KpiWhereInput, today: string, weekStart: number): Promise<Record<KpiStatus, number>> {
  const counts = await Promise.all(KPI_STATUSES.map((status) => db.kpi.count({ where: { AND: [where, statusWhere(status, today, weekStart)] } })));
  return Object.fromEntries(KPI_STATUSES.map((status, index) => [status, counts[index] ?? 0])) as Record<KpiStatus, number>;
}

/** The ids of the KPIs in `where`, for the status history. */
export async function kpiIdsOf(db: Pick<PrismaClient, "kpi">, where: Prisma.KpiWhereInput): Promise<string[]> {
  const rows = await db.kpi.findMany({ where, select: { id: true } });
  return rows.map((row) => row.id);
}
