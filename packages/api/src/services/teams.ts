import type { Prisma, PrismaClient } from "@tally/db";
import { can, canManageTeamMembers, type CreateTeamInput, type RenameTeamInput } from "@tally/domain";
import { fieldError, notFound } from "./errors";
import { recordAudit } from "./audit";
import { findTeam } from "./team-scope";
import type { OrgActor } from "./actor";
import { isUniqueViolation } from "./unique-violation";

export function teamNameTakenError() {
  return fieldError("name", "A team with this name already exists. Choose another name.", "conflict");
}

/**
 * The unique index compares names exactly; people do not, so "Sales" and "sales" count as one name.
 * Plain SQL because Prisma's case-insensitive equality is a LIKE pattern, where "_" and "%" are wildcards.
 * The index still settles a race between two requests.
 */
async function assertNameFree(tx: Prisma.TransactionClient, orgId: string, name: string, exceptTeamId: string | null = null) {
  const clash = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Team"
    WHERE "orgId" = ${orgId} AND lower("name") = lower(${name}) AND "id" IS DISTINCT FROM ${exceptTeamId}
    LIMIT 1`;
  if (clash.length > 0) throw teamNameTakenError();
}

async function translatingNameClash<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTakenError();
    throw error;
  }
}

const activeMember = { membership: { status: "active" } } as const;

export async function listTeams(db: PrismaClient, actor: OrgActor) {
  const { orgId } = actor;
  const teams = await db.team.findMany({
    where: { orgId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      _count: { select: { members: { where: activeMember } } },
      members: {
        where: { isLead: true, ...activeMember },
        orderBy: { membership: { user: { name: "asc" } } },
        select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } },
      },
    },
  });
  return teams.map((team) => {
    const leads = team.members.map((lead) => ({ membershipId: lead.membershipId, name: lead.membership.user.name }));
    // Only leading a team widens what a role may do with its members, and the leads are already here.
    const actorTeams = leads.some((lead) => lead.membershipId === actor.membershipId)
      ? [{ teamId: team.id, kind: team.kind, isLead: true }]
      : [];
    return {
      id: team.id,
      name: team.name,
      kind: team.kind,
      memberCount: team._count.members,
      leads,
      canManageMembers: canManageTeamMembers(actor.role, actorTeams, team),
    };
  });
}

export async function getTeam(db: PrismaClient, actor: OrgActor, teamId: string) {
  const { orgId } = actor;
  const team = await db.team.findUnique({
    where: { orgId_id: { orgId, id: teamId } },
    select: {
      id: true,
      name: true,
      kind: true,
      members: {
        orderBy: [{ isLead: "desc" }, { membership: { user: { name: "asc" } } }],
        select: {
          membershipId: true,
          isLead: true,
          membership: { select: { role: true, status: true, user: { select: { name: true, email: true } } } },
        },
      },
    },
  });
  if (!team) throw notFound("This team");
  const me = team.members.find((member) => member.membershipId === actor.membershipId);
  const actorTeams = me ? [{ teamId: team.id, kind: team.kind, isLead: me.isLead }] : [];
  const canManageMembers = canManageTeamMembers(actor.role, actorTeams, team);
  // Addresses and roles are for those who may list the members or who manage this team; others see names.
  const showsContacts = canManageMembers || can(actor.role, "member.list");
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    canManageMembers,
    showsContacts,
    members: team.members.map((member) => ({
      membershipId: member.membershipId,
      name: member.membership.user.name,
      email: showsContacts ? member.membership.user.email : null,
      role: showsContacts ? member.membership.role : null,
      active: member.membership.status === "active",
      isLead: member.isLead,
    })),
  };
}

const teamSummary = { id: true, name: true, kind: true } as const;

export async function createTeam(db: PrismaClient, actor: OrgActor, input: CreateTeamInput) {
  const { orgId } = actor;
  return translatingNameClash(() =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, orgId, input.name);
      const team = await tx.team.create({ data: { orgId, name: input.name, kind: input.kind }, select: teamSummary });
      await recordAudit(tx, {
        orgId,
        actorUserId: actor.userId,
        action: "team.created",
        targetType: "team",
        targetId: team.id,
        after: { name: team.name, kind: team.kind },
      });
      return team;
    }),
  );
}

export async function renameTeam(db: PrismaClient, actor: OrgActor, input: RenameTeamInput) {
  const { orgId } = actor;
  return translatingNameClash(() =>
    db.$transaction(async (tx) => {
      const before = await findTeam(tx, orgId, input.teamId);
      if (before.name === input.name) return before;
      await assertNameFree(tx, orgId, input.name, before.id);
      const team = await tx.team.update({ where: { orgId_id: { orgId, id: before.id } }, data: { name: input.name }, select: teamSummary });
      await recordAudit(tx, {
        orgId,
        actorUserId: actor.userId,
        action: "team.renamed",
        targetType: "team",
        targetId: team.id,
        before: { name: before.name },
        after: { name: team.name },
      });
      return team;
    }),
  );
}

/** The team and its memberships go; the members stay in the organization. */
export async function deleteTeam(db: PrismaClient, actor: OrgActor, teamId: string) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({
      where: { orgId_id: { orgId, id: teamId } },
      select: { ...teamSummary, members: { select: { membershipId: true, isLead: true } } },
    });
    if (!team) throw notFound("This team");
    const { count } = await tx.team.deleteMany({ where: { orgId, id: team.id } });
    if (count === 0) throw notFound("This team");
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      action: "team.deleted",
      targetType: "team",
      targetId: team.id,
      before: { name: team.name, kind: team.kind, members: team.members },
    });
    return { id: team.id };
  });
}
