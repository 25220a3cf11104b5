import type { Prisma, PrismaClient } from "@tally/db";
import { CADENCES, dueCutoff, nextPeriodStart, todayIn, type KpiStatus, type ListKpisInput } from "@tally/domain";
import type { Actor } from "../actor";
import { dateFromIso } from "./decimal";
import { likeLiteral } from "../like-literal";
import { kpiWhereFor } from "./scope";

/** KPIs of every cadence with no value, or whose newest is older than the period that is due: overdue, in SQL. */
export function overdueWhere(today: string, weekStart: number): Prisma.KpiWhereInput {
  return {
    OR: CADENCES.map((cadence) => {
      const cutoff = dueCutoff(cadence, today, weekStart);
      return {
        cadence,
        OR: [{ latestPeriodStart: null }, { latestPeriodStart: { lt: dateFromIso(cutoff) } }],
        startDate: { lt: dateFromIso(nextPeriodStart(cutoff, cadence, weekStart)) },
        AND: { OR: [{ endDate: null }, { endDate: { gte: dateFromIso(cutoff) } }] },
      };
    }),
  };
}

export function statusWhere(status: KpiStatus, today: string, weekStart: number): Prisma.KpiWhereInput {
  const overdue = overdueWhere(today, weekStart);
  if (status === "no_data") return { latestStatus: null, NOT: overdue };
  if (status === "overdue") return overdue;
  return { latestStatus: status, NOT: overdue };
}

/** The filters of the KPI list, without its paging and order. */
export type KpiListFilters = Pick<ListKpisInput, "search" | "category" | "status" | "ownerMembershipId" | "teamId" | "objectiveId" | "archived">;

export interface KpiListQuery {
  where: Prisma.KpiWhereInput;
  /** The organization's "today" the statuses are judged on, and its week start. */
  today: string;
  weekStart: number;
}

/**
 * The where-clause of the KPI list: what the actor may see, narrowed by the list's filters. The list and its
 * export both take it from here, so an export holds exactly the rows the list counts.
 */
export async function kpiListQuery(db: Pick<PrismaClient, "teamMembership">, actor: Actor, filters: KpiListFilters, now: Date): Promise<KpiListQuery> {
  const today = todayIn(actor.timeZone, now);
  const search = filters.search?.trim();
  const clauses: Prisma.KpiWhereInput[] = [
    { orgId: actor.orgId },
    await kpiWhereFor(db, actor, "kpi.view"),
    filters.archived ? { archivedAt: { not: null } } : { archivedAt: null },
    filters.category ? { category: filters.category } : {},
    filters.ownerMembershipId ? { ownerMembershipId: filters.ownerMembershipId } : {},
    filters.teamId ? { team: { teamId: filters.teamId } } : {},
    filters.objectiveId ? { objectives: { some: { objectiveId: filters.objectiveId } } } : {},
    search ? { OR: [{ name: { contains: likeLiteral(search), mode: "insensitive" } }, { code: { equals: search.toUpperCase() } }] } : {},
    filters.status ? statusWhere(filters.status, today, actor.weekStart) : {},
  ];
  // Filters not in use are left out rather than sent as empty clauses: Prisma pays for each on every query.
  const where: Prisma.KpiWhereInput = { AND: clauses.filter((clause) => Object.keys(clause).length > 0) };
  return { where, today, weekStart: actor.weekStart };
}

const ORDER: Record<ListKpisInput["sort"], (order: "asc" | "desc") => Prisma.KpiOrderByWithRelationInput[]> = {
  name: (order) => [{ name: order }],
  category: (order) => [{ category: order }, { name: "asc" }],
  updated: (order) => [{ updatedAt: order }, { name: "asc" }],
  status: (order) => [{ latestStatus: { sort: order, nulls: "last" } }, { name: "asc" }],
};

/** The list's order; the id last, so that rows with equal keys still have one order to page through. */
export function kpiListOrder(sort: ListKpisInput["sort"], order: ListKpisInput["order"]): Prisma.KpiOrderByWithRelationInput[] {
  return [...ORDER[sort](order), { id: "asc" }];
}
