import type { PrismaClient } from "@tally/db";
import { KPI_STATUSES, kpiStatus, todayIn, type KpiStatus, type ObjectiveInput } from "@tally/domain";
import { fieldError, notFound } from "./errors";
import type { OrgActor } from "./actor";
import { recordAudit } from "./audit";
import { dateFromIso, isoDate, isoDateOrNull } from "./kpi/decimal";
import { kpiAccessWhere, loadActorScope } from "./kpi/scope";

async function assertOwner(db: PrismaClient, orgId: string, membershipId: string) {
  const owner = await db.membership.findFirst({ where: { orgId, id: membershipId, status: "active" }, select: { id: true } });
  if (!owner) throw fieldError("ownerMembershipId", "Choose an active member of this organization as the owner.");
}

export async function createObjective(db: PrismaClient, actor: OrgActor, input: ObjectiveInput) {
  await assertOwner(db, actor.orgId, input.ownerMembershipId);
  return db.$transaction(async (tx) => {
    const objective = await tx.objective.create({
      data: {
        orgId: actor.orgId,
        name: input.name,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate ? dateFromIso(input.dueDate) : null,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { orgId: actor.orgId, actorUserId: actor.userId, action: "objective.created", targetType: "objective", targetId: objective.id, after: { name: input.name } });
    return objective;
  });
}

export async function updateObjective(db: PrismaClient, actor: OrgActor, objectiveId: string, input: ObjectiveInput) {
  await assertOwner(db, actor.orgId, input.ownerMembershipId);
  return db.$transaction(async (tx) => {
    const before = await tx.objective.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: objectiveId } }, select: { name: true, dueDate: true, ownerMembershipId: true } });
    if (!before) throw notFound("This objective");
    const after = await tx.objective.update({
      where: { orgId_id: { orgId: actor.orgId, id: objectiveId } },
      data: { name: input.name, description: input.description, ownerMembershipId: input.ownerMembershipId, dueDate: input.dueDate ? dateFromIso(input.dueDate) : null },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "objective.updated",
      targetType: "objective",
      targetId: objectiveId,
      before: { name: before.name, dueDate: isoDateOrNull(before.dueDate), owner: before.ownerMembershipId },
      after: { name: input.name, dueDate: input.dueDate ?? null, owner: input.ownerMembershipId },
    });
    return after;
  });
}

export type StatusCounts = Record<KpiStatus, number>;

/**
 * Objectives with the health of the KPIs linked to them that the member may see: one query for the
 * objectives and one for their KPIs.
 */
export async function listObjectives(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const [scope, objectives] = await Promise.all([
    loadActorScope(db, actor.orgId, actor.membershipId),
    db.objective.findMany({
      where: { orgId: actor.orgId, archivedAt: null },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, name: true, description: true, dueDate: true, owner: { select: { id: true, user: { select: { name: true } } } } },
    }),
  ]);
  const kpis = await db.kpi.findMany({
    where: { AND: [{ orgId: actor.orgId, archivedAt: null, objectives: { some: {} } }, kpiAccessWhere(actor.role, "kpi.view", scope)] },
    select: { cadence: true, startDate: true, endDate: true, latestPeriodStart: true, latestStatus: true, objectives: { select: { objectiveId: true } } },
  });
  const today = todayIn(actor.timeZone, now);
  const health = new Map<string, StatusCounts>();
  for (const kpi of kpis) {
    const status = kpiStatus({
      latestPeriodStart: isoDateOrNull(kpi.latestPeriodStart),
      latestStatus: kpi.latestStatus,
      cadence: kpi.cadence,
      startDate: isoDate(kpi.startDate),
      endDate: isoDateOrNull(kpi.endDate),
      today,
      weekStart: actor.weekStart,
    });
    for (const { objectiveId } of kpi.objectives) {
      const counts = health.get(objectiveId) ?? (Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as StatusCounts);
      counts[status] += 1;
      health.set(objectiveId, counts);
    }
  }
  return objectives.map((objective) => ({
    id: objective.id,
    name: objective.name,
    description: objective.description,
    dueDate: isoDateOrNull(objective.dueDate),
    owner: { membershipId: objective.owner.id, name: objective.owner.user.name },
    health: health.get(objective.id) ?? (Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as StatusCounts),
  }));
}
