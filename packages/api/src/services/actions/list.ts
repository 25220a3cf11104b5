import type { Prisma, PrismaClient } from "@tally/db";
import {
  ACTION_PAGE_SIZE,
  canManageAction,
  canOnKpi,
  canUpdateActionStatus,
  grantsFor,
  isActionOverdue,
  todayIn,
  type ActorScope,
  type ListActionsInput,
} from "@tally/domain";
import type { OrgActor } from "../actor";
import { notFound } from "../errors";
import { isoDate } from "../kpi/decimal";
import { kpiAccessWhere, kpiScopeSelect, loadActorScope, toKpiScope } from "../kpi/scope";

/**
 * The actions the member may see, as a where-clause: linked to a KPI they may see, or their own when the role
 * lets owners see theirs. The same rule as `canViewAction`, in SQL, so a page never loads a hidden action.
 */
export function actionAccessWhere(actor: OrgActor, scope: ActorScope): Prisma.ActionWhereInput {
  const kpiWhere = kpiAccessWhere(actor.role, "action.view", scope);
  if (Object.keys(kpiWhere).length === 0) return {};
  const clauses: Prisma.ActionWhereInput[] = [{ kpis: { some: { kpi: kpiWhere } } }];
  if (grantsFor(actor.role, "action.view").includes("assignee")) clauses.push({ ownerMembershipId: actor.membershipId });
  return { OR: clauses };
}

const actionSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  dueDate: true,
  completedAt: true,
  reviewId: true,
  createdAt: true,
  owner: { select: { id: true, user: { select: { name: true } } } },
  createdBy: { select: { id: true, user: { select: { name: true } } } },
  kpis: { orderBy: { kpi: { name: "asc" } }, select: { kpi: { select: { ...kpiScopeSelect, name: true, latestStatus: true } } } },
} satisfies Prisma.ActionSelect;

type ActionRecord = Prisma.ActionGetPayload<{ select: typeof actionSelect }>;

/** An action as the member may see it: only the KPIs they may see are named, and what they may do with it. */
function toActionRow(row: ActionRecord, actor: OrgActor, scope: ActorScope, today: string) {
  const kpiScopes = row.kpis.map((link) => toKpiScope(link.kpi));
  const access = { ownerMembershipId: row.owner.id, kpis: kpiScopes };
  const visibleKpis = row.kpis.filter((_link, index) => canOnKpi(actor.role, "kpi.view", scope, kpiScopes[index]!));
  const dueDate = isoDate(row.dueDate);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    dueDate,
    overdue: isActionOverdue({ status: row.status, dueDate }, today),
    completedAt: row.completedAt?.toISOString() ?? null,
    reviewId: row.reviewId,
    createdAt: row.createdAt.toISOString(),
    owner: { membershipId: row.owner.id, name: row.owner.user.name },
    createdBy: { membershipId: row.createdBy.id, name: row.createdBy.user.name },
    mine: row.owner.id === actor.membershipId,
    kpis: visibleKpis.map((link) => ({ id: link.kpi.id, name: link.kpi.name })),
    /** Linked KPIs the member may not see: counted, never named. */
    hiddenKpiCount: row.kpis.length - visibleKpis.length,
    permissions: {
      canEdit: canManageAction(actor.role, scope, kpiScopes),
      canChangeStatus: canUpdateActionStatus(actor.role, scope, access),
    },
  };
}

export type ActionRow = ReturnType<typeof toActionRow>;

/**
 * A page of the actions the member may see, open ones first, then by due date (so overdue ones lead), filtered
 * in SQL: two statements whatever the page.
 */
export async function listActions(db: PrismaClient, actor: OrgActor, input: ListActionsInput, now: Date = new Date()) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId);
  const where: Prisma.ActionWhereInput = {
    AND: [
      { orgId: actor.orgId },
      actionAccessWhere(actor, scope),
      input.mine ? { ownerMembershipId: actor.membershipId } : {},
      input.kpiId ? { kpis: { some: { kpiId: input.kpiId } } } : {},
      input.reviewId ? { reviewId: input.reviewId } : {},
      input.status ? { status: input.status } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.action.count({ where }),
    db.action.findMany({
      // One page of actions: their relations are read for the page alone, not joined for every match before the limit.
      relationLoadStrategy: "query",
      where,
      // The enum's order is open, done, dropped: what still needs doing comes first.
      orderBy: [{ status: "asc" }, { dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * ACTION_PAGE_SIZE,
      take: ACTION_PAGE_SIZE,
      select: actionSelect,
    }),
  ]);
  const today = todayIn(actor.timeZone, now);
  return { today, total, page: input.page, pageSize: ACTION_PAGE_SIZE, items: rows.map((row) => toActionRow(row, actor, scope, today)) };
}

export async function getAction(db: PrismaClient, actor: OrgActor, actionId: string, now: Date = new Date()) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId);
  const row = await db.action.findFirst({ where: { AND: [{ orgId: actor.orgId, id: actionId }, actionAccessWhere(actor, scope)] }, select: actionSelect });
  if (!row) throw notFound("This action");
  return toActionRow(row, actor, scope, todayIn(actor.timeZone, now));
}
