import type { Prisma, PrismaClient } from "@tally/db";
import {
  actionStatusProblem,
  canManageAction,
  canUpdateActionStatus,
  canViewAction,
  completedAtAfter,
  type ActionStatus,
  type CreateActionInput,
  type UpdateActionInput,
} from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { domainError, fieldError, notFound } from "../errors";
import { dateFromIso, isoDate } from "../kpi/decimal";
import { kpiScopeSelect, loadActorScope, toKpiScope } from "../kpi/scope";
import { notify } from "../notifications/notify";
import { loadLinkableKpis, type LinkedKpi } from "./kpi-scopes";
import { assertOwner } from "./owners";

const MANAGE_FORBIDDEN = "You may link actions only to KPIs you may edit. Remove the KPIs outside your reach, or ask their owner.";

async function assertReview(db: Pick<PrismaClient, "review">, orgId: string, reviewId: string | null) {
  if (!reviewId) return;
  const review = await db.review.findFirst({ where: { orgId, id: reviewId }, select: { status: true } });
  if (!review) throw fieldError("reviewId", "This review could not be found.");
  if (review.status === "closed") throw fieldError("reviewId", "This review is closed: its record cannot take new actions.", "conflict");
}

/** The checks an action's content must pass, for a new action and an edit alike. */
async function checkContent(db: PrismaClient, actor: OrgActor, input: { kpiIds: string[]; ownerMembershipId: string }) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId);
  const kpis = await loadLinkableKpis(db, actor.orgId, { role: actor.role, scope }, input.kpiIds);
  if (!canManageAction(actor.role, scope, kpis.map((kpi) => kpi.scope))) throw fieldError("kpiIds", MANAGE_FORBIDDEN, "forbidden");
  const ownerName = await assertOwner(db, actor.orgId, input.ownerMembershipId, kpis);
  return { scope, kpis, ownerName };
}

async function notifyOwner(tx: Prisma.TransactionClient, actor: OrgActor, action: { id: string; title: string; ownerMembershipId: string; dueDate: string }, kpis: readonly LinkedKpi[], key: string) {
  if (action.ownerMembershipId === actor.membershipId) return;
  const first = kpis[0]!;
  await notify(tx, actor.orgId, [
    {
      recipientMembershipId: action.ownerMembershipId,
      kind: "action_assigned",
      title: `${actor.userName} gave you an action: ${action.title}`,
      body: `Due ${action.dueDate}, on ${kpis.map((kpi) => kpi.name).join(", ")}.`,
      link: `/kpis/${first.id}`,
      kpiId: first.id,
      dedupeKey: key,
    },
  ]);
}

export async function createAction(db: PrismaClient, actor: OrgActor, input: CreateActionInput) {
  const { kpis } = await checkContent(db, actor, input);
  await assertReview(db, actor.orgId, input.reviewId);
  return db.$transaction(async (tx) => {
    const action = await tx.action.create({
      data: {
        orgId: actor.orgId,
        title: input.title,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: dateFromIso(input.dueDate),
        reviewId: input.reviewId,
        createdByMembershipId: actor.membershipId,
        kpis: { createMany: { data: kpis.map((kpi) => ({ kpiId: kpi.id })) } },
      },
      select: { id: true, title: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "action.created",
      targetType: "action",
      targetId: action.id,
      after: { title: input.title, owner: input.ownerMembershipId, dueDate: input.dueDate, kpiIds: kpis.map((kpi) => kpi.id), reviewId: input.reviewId },
    });
    await notifyOwner(tx, actor, { ...action, ownerMembershipId: input.ownerMembershipId, dueDate: input.dueDate }, kpis, `action:${action.id}:assigned`);
    return action;
  });
}

const storedSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  dueDate: true,
  ownerMembershipId: true,
  updatedAt: true,
  kpis: { select: { kpi: { select: kpiScopeSelect } } },
} satisfies Prisma.ActionSelect;

/** An action as its access rules judge it; NOT_FOUND when it does not exist or the member may not see it. */
async function loadForChange(db: PrismaClient, actor: OrgActor, actionId: string) {
  const [row, scope] = await Promise.all([
    db.action.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: actionId } }, select: storedSelect }),
    loadActorScope(db, actor.orgId, actor.membershipId),
  ]);
  if (!row) throw notFound("This action");
  const access = { ownerMembershipId: row.ownerMembershipId, kpis: row.kpis.map((link) => toKpiScope(link.kpi)) };
  if (!canViewAction(actor.role, scope, access)) throw notFound("This action");
  return { row, scope, access };
}

export async function updateAction(db: PrismaClient, actor: OrgActor, input: UpdateActionInput) {
  const before = await loadForChange(db, actor, input.actionId);
  // Editing needs reach over the KPIs the action had as much as over those it will have.
  if (!canManageAction(actor.role, before.scope, before.access.kpis)) throw domainError("forbidden", MANAGE_FORBIDDEN);
  const { kpis } = await checkContent(db, actor, input);
  const kpiIds = kpis.map((kpi) => kpi.id);
  return db.$transaction(async (tx) => {
    const action = await tx.action.update({
      where: { orgId_id: { orgId: actor.orgId, id: input.actionId } },
      data: { title: input.title, description: input.description, ownerMembershipId: input.ownerMembershipId, dueDate: dateFromIso(input.dueDate) },
      select: { id: true, title: true, updatedAt: true },
    });
    await tx.actionKpi.deleteMany({ where: { orgId: actor.orgId, actionId: input.actionId, kpiId: { notIn: kpiIds } } });
    await tx.actionKpi.createMany({ data: kpiIds.map((kpiId) => ({ orgId: actor.orgId, actionId: input.actionId, kpiId })), skipDuplicates: true });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "action.updated",
      targetType: "action",
      targetId: action.id,
      before: {
        title: before.row.title,
        owner: before.row.ownerMembershipId,
        dueDate: isoDate(before.row.dueDate),
        kpiIds: before.row.kpis.map((link) => link.kpi.id),
      },
      after: { title: input.title, owner: input.ownerMembershipId, dueDate: input.dueDate, kpiIds },
    });
    if (input.ownerMembershipId !== before.row.ownerMembershipId) {
      await notifyOwner(
        tx,
        actor,
        { ...action, ownerMembershipId: input.ownerMembershipId, dueDate: input.dueDate },
        kpis,
        `action:${action.id}:assigned:${input.ownerMembershipId}:${action.updatedAt.toISOString()}`,
      );
    }
    return { id: action.id, title: action.title };
  });
}

export async function setActionStatus(db: PrismaClient, actor: OrgActor, input: { actionId: string; status: ActionStatus }, now: Date = new Date()) {
  const { row, scope, access } = await loadForChange(db, actor, input.actionId);
  if (!canUpdateActionStatus(actor.role, scope, access)) {
    throw domainError("forbidden", "Only the action's owner, or someone who may edit its KPIs, can change its status.");
  }
  const problem = actionStatusProblem(row.status, input.status);
  if (problem) throw fieldError("status", problem, "conflict");
  return db.$transaction(async (tx) => {
    // Guarded by the status read above: of two people closing the same action at once, one wins, one is told.
    const changed = await tx.action.updateMany({
      where: { orgId: actor.orgId, id: row.id, status: row.status },
      data: { status: input.status, completedAt: completedAtAfter(input.status, now) },
    });
    if (changed.count === 0) throw domainError("conflict", "Someone changed this action's status a moment ago. Reload to see it.");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "action.status_changed",
      targetType: "action",
      targetId: row.id,
      before: { status: row.status },
      after: { status: input.status },
    });
    return { id: row.id, title: row.title, status: input.status };
  });
}
