import type { Prisma, PrismaClient } from "@tally/db";
import { AUDIT_PAGE_SIZE, type ListAuditEventsInput } from "@tally/domain";
import type { OrgActor } from "./actor";

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function dayAfter(date: string): Date {
  return new Date(dayStart(date).getTime() + 24 * 60 * 60 * 1000);
}

/** One page of the organization's audit log, newest first, with the actors' names in one extra query. */
export async function listAuditEvents(db: PrismaClient, actor: OrgActor, input: ListAuditEventsInput) {
  const { orgId } = actor;
  const where: Prisma.AuditEventWhereInput = {
    orgId,
    ...(input.action ? { action: input.action } : {}),
    ...(input.actorUserId ? { actorUserId: input.actorUserId } : {}),
    ...(input.from || input.to
      ? { createdAt: { ...(input.from ? { gte: dayStart(input.from) } : {}), ...(input.to ? { lt: dayAfter(input.to) } : {}) } }
      : {}),
  };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, actorUserId: true, targetType: true, targetId: true, before: true, after: true, createdAt: true },
    }),
  ]);
  const actorIds = [...new Set(events.map((event) => event.actorUserId).filter((id): id is string => Boolean(id)))];
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  return {
    total,
    page: input.page,
    pageSize: AUDIT_PAGE_SIZE,
    events: events.map((event) => ({ ...event, actor: event.actorUserId ? (actorById.get(event.actorUserId) ?? null) : null })),
  };
}

/** People who appear as actors in the organization's log, for the filter. */
export async function listAuditActors(db: PrismaClient, actor: OrgActor) {
  const { orgId } = actor;
  const memberships = await db.membership.findMany({
    where: { orgId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((m) => m.user);
}
