import type { Prisma, PrismaClient } from "@tally/db";
import { CADENCES, dueCutoff, KPI_PAGE_SIZE, kpiStatus, nextPeriodStart, todayIn, type KpiStatus, type ListKpisInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { kpiAccessWhere, loadActorScope } from "./scope";
import { recentValues } from "./sparklines";

/** KPIs of every cadence whose newest value is older than the period that is due: overdue, in SQL. */
export function overdueWhere(today: string, weekStart: number): Prisma.KpiWhereInput {
  return {
    OR: CADENCES.map((cadence) => {
      const cutoff = dueCutoff(cadence, today, weekStart);
      return {
        cadence,
        latestPeriodStart: { lt: dateFromIso(cutoff) },
        startDate: { lt: dateFromIso(nextPeriodStart(cutoff, cadence, weekStart)) },
        OR: [{ endDate: null }, { endDate: { gte: dateFromIso(cutoff) } }],
      };
    }),
  };
}

export function statusWhere(status: KpiStatus, today: string, weekStart: number): Prisma.KpiWhereInput {
  if (status === "no_data") return { latestPeriodStart: null };
  const overdue = overdueWhere(today, weekStart);
  if (status === "overdue") return overdue;
  return { latestStatus: status, NOT: overdue };
}

const ORDER: Record<ListKpisInput["sort"], (order: "asc" | "desc") => Prisma.KpiOrderByWithRelationInput[]> = {
  name: (order) => [{ name: order }],
  category: (order) => [{ category: order }, { name: "asc" }],
  updated: (order) => [{ updatedAt: order }, { name: "asc" }],
  status: (order) => [{ latestStatus: { sort: order, nulls: "last" } }, { name: "asc" }],
};

/**
 * One page of the KPIs the member may see, filtered, sorted and counted in the database; the small trend of
 * every row comes from one more query, not one per row. Statuses follow the organization's calendar at `now`.
 */
export async function listKpis(db: PrismaClient, actor: OrgActor, input: ListKpisInput, now: Date = new Date()) {
  const [scope, org] = await Promise.all([
    loadActorScope(db, actor.orgId, actor.membershipId),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { weekStart: true } }),
  ]);
  const today = todayIn(actor.timeZone, now);
  const search = input.search?.trim();
  const where: Prisma.KpiWhereInput = {
    AND: [
      { orgId: actor.orgId },
      kpiAccessWhere(actor.role, "kpi.view", scope),
      input.archived ? { archivedAt: { not: null } } : { archivedAt: null },
      input.category ? { category: input.category } : {},
      input.ownerMembershipId ? { ownerMembershipId: input.ownerMembershipId } : {},
      input.teamId ? { team: { teamId: input.teamId } } : {},
      input.objectiveId ? { objectives: { some: { objectiveId: input.objectiveId } } } : {},
      search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { code: { equals: search.toUpperCase() } }] } : {},
      input.status ? statusWhere(input.status, today, org.weekStart) : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.kpi.count({ where }),
    db.kpi.findMany({
      where,
      orderBy: ORDER[input.sort](input.order),
      skip: (input.page - 1) * KPI_PAGE_SIZE,
      take: KPI_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        code: true,
        category: true,
        unit: true,
        currency: true,
        durationUnit: true,
        decimals: true,
        direction: true,
        cadence: true,
        startDate: true,
        endDate: true,
        visibility: true,
        archivedAt: true,
        latestPeriodStart: true,
        latestValue: true,
        latestStatus: true,
        owner: { select: { id: true, user: { select: { name: true } } } },
        team: { select: { team: { select: { id: true, name: true } } } },
        // The target in force today; a schedule entry that starts later is not the target yet.
        targets: {
          where: { effectiveFrom: { lte: dateFromIso(today) } },
          orderBy: { effectiveFrom: "desc" },
          take: 1,
          select: { target: true, targetMin: true, targetMax: true, effectiveFrom: true },
        },
      },
    }),
  ]);
  const trends = await recentValues(db, actor.orgId, rows.map((row) => row.id));
  return {
    total,
    page: input.page,
    pageSize: KPI_PAGE_SIZE,
    kpis: rows.map((row) => ({
      id: row.id,
      name: row.name,
      code: row.code,
      category: row.category,
      unit: row.unit,
      currency: row.currency,
      durationUnit: row.durationUnit,
      decimals: row.decimals,
      direction: row.direction,
      cadence: row.cadence,
      visibility: row.visibility,
      archived: row.archivedAt !== null,
      owner: { membershipId: row.owner.id, name: row.owner.user.name },
      team: row.team?.team ?? null,
      latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
      latestValue: decimalText(row.latestValue),
      status: kpiStatus({
        latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
        latestStatus: row.latestStatus,
        cadence: row.cadence,
        startDate: isoDate(row.startDate),
        endDate: isoDateOrNull(row.endDate),
        today,
        weekStart: org.weekStart,
      }),
      target: row.targets[0]
        ? { target: decimalText(row.targets[0].target), targetMin: decimalText(row.targets[0].targetMin), targetMax: decimalText(row.targets[0].targetMax) }
        : null,
      trend: trends.get(row.id) ?? [],
    })),
  };
}
