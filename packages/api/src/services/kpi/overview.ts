import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_STATUSES, todayIn, type KpiStatus } from "@tally/domain";
import type { OrgActor } from "../actor";
import { listKpis } from "./list";
import { statusWhere } from "./list-where";
import { kpiAccessWhere, loadActorScope } from "./scope";

const ATTENTION: readonly KpiStatus[] = ["off_track", "overdue", "at_risk"];
const ATTENTION_ROWS = 8;

/**
 * What the organization overview shows the member: KPI counts by status and by category, counted in the
 * database over the KPIs the member may see, and the KPIs that need attention first.
 */
export async function kpiOverview(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const [scope, org] = await Promise.all([
    loadActorScope(db, actor.orgId, actor.membershipId),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { weekStart: true } }),
  ]);
  const visible: Prisma.KpiWhereInput = { AND: [{ orgId: actor.orgId, archivedAt: null }, kpiAccessWhere(actor.role, "kpi.view", scope)] };
  const today = todayIn(actor.timeZone, now);
  const [statusCounts, categories, ...attention] = await Promise.all([
    Promise.all(KPI_STATUSES.map((status) => db.kpi.count({ where: { AND: [visible, statusWhere(status, today, org.weekStart)] } }))),
    db.kpi.groupBy({ by: ["category"], where: visible, _count: { _all: true }, orderBy: { category: "asc" } }),
    ...ATTENTION.map((status) => listKpis(db, actor, { status, archived: false, sort: "name", order: "asc", page: 1 }, now)),
  ]);
  return {
    counts: Object.fromEntries(KPI_STATUSES.map((status, index) => [status, statusCounts[index] ?? 0])) as Record<KpiStatus, number>,
    byCategory: categories.map((row) => ({ category: row.category, count: row._count._all })),
    needsAttention: attention.flatMap((page) => page.kpis).slice(0, ATTENTION_ROWS),
  };
}
