import type { Prisma, PrismaClient } from "@tally/db";
import { can, type SetTeamLeadInput, type TeamMemberInput } from "@tally/domain";
import { recordAudit } from "./audit";
import {
  assertCanManageMembersOf,
  deactivatedMemberError,
  findMember,
  findTeam,
  type FoundTeam,
} from "./team-scope";
import type { OrgActor } from "./actor";
import { domainError } from "./errors";

interface MemberEvent {
  action: "team.member_added" | "team.member_removed" | "team.lead_set" | "team.lead_unset";
  team: FoundTeam;
  member: { id: string; name: string };
  before?: { isMember: boolean; isLead: boolean };
  after?: { isMember: boolean; isLead: boolean };
}

// Names are copied into the event so the log still reads well after the team or the person is gone.
function recordMemberEvent(tx: Prisma.TransactionClient, orgId: string, actor: OrgActor, event: MemberEvent) {
  const subject = { team: event.team.name, membershipId: event.member.id, member: event.member.name };
  return recordAudit(tx, {
    orgId,
    actorUserId: actor.userId,
    action: event.action,
    targetType: "team",
    targetId: event.team.id,
    before: event.before && { ...subject, ...event.before },
    after: event.after && { ...subject, ...event.after },
  });
}

function membershipKey(orgId: string, teamId: string, membershipId: string) {
  return { orgId_teamId_membershipId: { orgId, teamId, membershipId } };
}

/** Adding someone who is already in the team changes nothing, so a repeated submission is harmless. */
export async function addTeamMember(db: PrismaClient, actor: OrgActor, input: TeamMemberInput) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, input.teamId);
    await assertCanManageMembersOf(tx, orgId, actor, team);
    const member = await findMember(tx, orgId, input.membershipId);
    if (!member.active) throw deactivatedMemberError(member.name);
    const { count } = await tx.teamMembership.createMany({
      data: [{ orgId, teamId: team.id, membershipId: member.id }],
      skipDuplicates: true,
    });
    if (count > 0) {
      await recordMemberEvent(tx, orgId, actor, {
        action: "team.member_added",
        team,
        member,
        before: { isMember: false, isLead: false },
        after: { isMember: true, isLead: false },
      });
    }
    return { teamId: team.id, membershipId: member.id, added: count > 0 };
  });
}

/**
 * Leads are chosen by admins, so a manager or project lead may not take one out of a team: that would
 * undo an admin's choice through the back door.
 */
export async function removeTeamMember(db: PrismaClient, actor: OrgActor, input: TeamMemberInput) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, input.teamId);
    await assertCanManageMembersOf(tx, orgId, actor, team);
    const member = await findMember(tx, orgId, input.membershipId);
    const existing = await tx.teamMembership.findUnique({ where: membershipKey(orgId, team.id, member.id), select: { isLead: true } });
    if (!existing) return { teamId: team.id, membershipId: member.id, removed: false };
    if (existing.isLead && !can(actor.role, "team.manage")) {
      throw domainError("forbidden", `${member.name} leads ${team.name}. Only an admin can remove a team lead.`);
    }
    const { count } = await tx.teamMembership.deleteMany({ where: { orgId, teamId: team.id, membershipId: member.id } });
    if (count > 0) {
      await recordMemberEvent(tx, orgId, actor, {
        action: "team.member_removed",
        team,
        member,
        before: { isMember: true, isLead: existing.isLead },
        after: { isMember: false, isLead: false },
      });
    }
    return { teamId: team.id, membershipId: member.id, removed: count > 0 };
  });
}

/** Making someone outside the team its lead adds them to it; setting what is already so changes nothing. */
export async function setTeamLead(db: PrismaClient, actor: OrgActor, input: SetTeamLeadInput) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, input.teamId);
    const member = await findMember(tx, orgId, input.membershipId);
    const result = { teamId: team.id, membershipId: member.id, isLead: input.isLead };
    const existing = await tx.teamMembership.findUnique({ where: membershipKey(orgId, team.id, member.id), select: { isLead: true } });
    if (!existing) {
      if (!input.isLead) return result;
      if (!member.active) throw deactivatedMemberError(member.name);
      await tx.teamMembership.create({ data: { orgId, teamId: team.id, membershipId: member.id, isLead: true } });
      await recordMemberEvent(tx, orgId, actor, { action: "team.member_added", team, member, before: { isMember: false, isLead: false }, after: { isMember: true, isLead: false } });
      await recordMemberEvent(tx, orgId, actor, { action: "team.lead_set", team, member, before: { isMember: true, isLead: false }, after: { isMember: true, isLead: true } });
      return result;
    }
    if (existing.isLead === input.isLead) return result;
    if (input.isLead && !member.active) throw deactivatedMemberError(member.name);
    // The condition on the old flag makes two identical requests at once record one change, not two.
    const { count } = await tx.teamMembership.updateMany({
      where: { orgId, teamId: team.id, membershipId: member.id, isLead: !input.isLead },
      data: { isLead: input.isLead },
    });
    if (count > 0) {
      await recordMemberEvent(tx, orgId, actor, {
        action: input.isLead ? "team.lead_set" : "team.lead_unset",
        team,
        member,
        before: { isMember: true, isLead: !input.isLead },
        after: { isMember: true, isLead: input.isLead },
      });
    }
    return result;
  });
}

/** Active members of the organization who are not in the team yet: whom the add-member picker offers. */
export async function listTeamCandidates(db: PrismaClient, actor: OrgActor, teamId: string) {
  const { orgId } = actor;
  const team = await findTeam(db, orgId, teamId);
  await assertCanManageMembersOf(db, orgId, actor, team);
  const members = await db.membership.findMany({
    where: { orgId, status: "active", teams: { none: { teamId: team.id } } },
    orderBy: { user: { name: "asc" } },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
  return members.map((member) => ({ membershipId: member.id, name: member.user.name, email: member.user.email, role: member.role }));
}
