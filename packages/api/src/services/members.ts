import type { Prisma, PrismaClient, Role } from "@tally/db";
import { can, canGrantRole, MEMBER_PAGE_SIZE, ROLE_LABELS, wouldRemoveLastAdmin, type ListMembersInput } from "@tally/domain";
import { domainError, notFound } from "./errors";
import { likeLiteral } from "./like-literal";
import type { OrgActor } from "./actor";
import { recordAudit } from "./audit";
import { revokeApiKeysMadeBy } from "./api-keys/revoke-made-by";
import { revokeInvitationsSentBy } from "./invitations";

/** Members with their teams, filtered and paged in the database: two queries, whatever the page size. */
export async function listMembers(db: PrismaClient, actor: OrgActor, input: ListMembersInput) {
  const { orgId } = actor;
  const search = input.search?.trim();
  const where: Prisma.MembershipWhereInput = {
    orgId,
    ...(input.role ? { role: input.role } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.teamId ? { teams: { some: { orgId, teamId: input.teamId } } } : {}),
    ...(search
      ? {
          OR: [
            { user: { name: { contains: likeLiteral(search), mode: "insensitive" } } },
            { user: { email: { contains: likeLiteral(search), mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      // One page of members: their relations are read for the page alone, not joined for every match before the limit.
      relationLoadStrategy: "query",
      where,
      orderBy: [{ status: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
      skip: (input.page - 1) * MEMBER_PAGE_SIZE,
      take: MEMBER_PAGE_SIZE,
      select: {
        id: true,
        role: true,
        status: true,
        lastActiveAt: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
        teams: { select: { isLead: true, team: { select: { id: true, name: true, kind: true } } } },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageSize: MEMBER_PAGE_SIZE,
    members: rows.map((row) => ({
      membershipId: row.id,
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      role: row.role,
      status: row.status,
      lastActiveAt: row.lastActiveAt,
      joinedAt: row.createdAt,
      teams: row.teams.map((t) => ({ ...t.team, isLead: t.isLead })),
    })),
  };
}

/**
 * Locks the organization's active admins for the rest of the transaction, so two admins demoting each other
 * at the same moment cannot both succeed: the second sees the first's change and is refused.
 */
async function lockActiveAdminIds(tx: Prisma.TransactionClient, orgId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "orgId" = ${orgId} AND role = 'admin' AND status = 'active' FOR UPDATE`;
  return rows.map((row) => row.id);
}

const LAST_ADMIN_MESSAGES = {
  demote: "This is the last active admin. Make someone else an admin first.",
  deactivate: "This is the last active admin. Make someone else an admin before deactivating them.",
  leave: "You are the last active admin. Make someone else an admin before you leave.",
} as const;

async function loadTarget(tx: Prisma.TransactionClient, orgId: string, membershipId: string) {
  const target = await tx.membership.findFirst({
    where: { orgId, id: membershipId },
    select: { id: true, role: true, status: true, userId: true, user: { select: { email: true } } },
  });
  if (!target) throw notFound("This member");
  return target;
}

export async function changeRole(db: PrismaClient, actor: OrgActor, membershipId: string, role: Role) {
  if (!canGrantRole(actor.role, role)) {
    throw domainError("forbidden", `You cannot give the role ${ROLE_LABELS[role]}.`);
  }
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdminIds(tx, actor.orgId);
    const target = await loadTarget(tx, actor.orgId, membershipId);
    if (target.role === role) return { membershipId, role };
    if (role !== "admin" && wouldRemoveLastAdmin(admins, target.id)) {
      throw domainError("conflict", LAST_ADMIN_MESSAGES.demote);
    }
    await tx.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: target.id } }, data: { role } });
    if (!can(role, "member.invite")) await revokeInvitationsSentBy(tx, actor, target.userId, "role_changed");
    if (!can(role, "apiKey.manage")) await revokeApiKeysMadeBy(tx, actor, target.id, "role_changed");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "member.role_changed",
      targetType: "membership",
      targetId: target.id,
      before: { role: target.role, email: target.user.email },
      after: { role, email: target.user.email },
    });
    return { membershipId, role };
  });
}

/**
 * Deactivation keeps the history. Access to this organization ends at once, because every call in it loads
 * the membership; the person's sessions stay, so their other organizations keep working.
 */
export async function deactivateMember(db: PrismaClient, actor: OrgActor, membershipId: string) {
  if (membershipId === actor.membershipId) {
    throw domainError("invalid", "You cannot deactivate yourself. Leave the organization instead.");
  }
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdminIds(tx, actor.orgId);
    const target = await loadTarget(tx, actor.orgId, membershipId);
    if (target.status === "deactivated") return { membershipId, status: target.status };
    if (wouldRemoveLastAdmin(admins, target.id)) throw domainError("conflict", LAST_ADMIN_MESSAGES.deactivate);
    await tx.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: target.id } }, data: { status: "deactivated" } });
    await revokeInvitationsSentBy(tx, actor, target.userId, "deactivated");
    await revokeApiKeysMadeBy(tx, actor, target.id, "deactivated");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "member.deactivated",
      targetType: "membership",
      targetId: target.id,
      before: { status: "active", email: target.user.email },
      after: { status: "deactivated", email: target.user.email },
    });
    return { membershipId, status: "deactivated" as const };
  });
}

export async function reactivateMember(db: PrismaClient, actor: OrgActor, membershipId: string) {
  return db.$transaction(async (tx) => {
    const target = await loadTarget(tx, actor.orgId, membershipId);
    if (target.status === "active") return { membershipId, status: target.status };
    await tx.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: target.id } }, data: { status: "active" } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "member.reactivated",
      targetType: "membership",
      targetId: target.id,
      before: { status: "deactivated", email: target.user.email },
      after: { status: "active", email: target.user.email },
    });
    return { membershipId, status: "active" as const };
  });
}

/** Leaving keeps the membership row (and the history that points at it) but ends access to the organization. */
export async function leaveOrganization(db: PrismaClient, actor: OrgActor) {
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdminIds(tx, actor.orgId);
    if (wouldRemoveLastAdmin(admins, actor.membershipId)) throw domainError("conflict", LAST_ADMIN_MESSAGES.leave);
    await tx.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: actor.membershipId } }, data: { status: "deactivated" } });
    await tx.teamMembership.deleteMany({ where: { orgId: actor.orgId, membershipId: actor.membershipId } });
    await revokeInvitationsSentBy(tx, actor, actor.userId, "left");
    await revokeApiKeysMadeBy(tx, actor, actor.membershipId, "left");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "member.left",
      targetType: "membership",
      targetId: actor.membershipId,
    });
    return { left: true };
  });
}
