import type { Prisma, Role } from "@tally/db";
import { canManageTeamMembers, type TeamKind } from "@tally/domain";
import type { OrgActor } from "./actor";
import type { DomainError} from "./errors";
import { domainError, fieldError, notFound } from "./errors";

type Reader = Pick<Prisma.TransactionClient, "team" | "teamMembership" | "membership">;

export interface FoundTeam {
  id: string;
  name: string;
  kind: TeamKind;
}

export async function findTeam(db: Reader, orgId: string, teamId: string): Promise<FoundTeam> {
  const team = await db.team.findUnique({ where: { orgId_id: { orgId, id: teamId } }, select: { id: true, name: true, kind: true } });
  if (!team) throw notFound("This team");
  return team;
}

export async function findMember(db: Reader, orgId: string, membershipId: string) {
  const member = await db.membership.findUnique({
    where: { orgId_id: { orgId, id: membershipId } },
    select: { id: true, status: true, user: { select: { name: true } } },
  });
  if (!member) throw notFound("This member");
  return { id: member.id, name: member.user.name, active: member.status === "active" };
}

export function deactivatedMemberError(name: string): DomainError {
  return fieldError("membershipId", `${name} is deactivated. Reactivate them before adding them to a team.`);
}

/** Only the actor's own place in this one team matters to the rule, so that is all that is loaded. */
async function canManageMembersOf(db: Reader, orgId: string, actor: OrgActor, team: FoundTeam): Promise<boolean> {
  const mine = await db.teamMembership.findUnique({
    where: { orgId_teamId_membershipId: { orgId, teamId: team.id, membershipId: actor.membershipId } },
    select: { isLead: true },
  });
  const actorTeams = mine ? [{ teamId: team.id, kind: team.kind, isLead: mine.isLead }] : [];
  return canManageTeamMembers(actor.role, actorTeams, team);
}

export async function assertCanManageMembersOf(db: Reader, orgId: string, actor: OrgActor, team: FoundTeam): Promise<void> {
  if (!(await canManageMembersOf(db, orgId, actor, team))) {
    throw domainError("forbidden", scopeRefusal(actor.role, team));
  }
}

function scopeRefusal(role: Role, team: FoundTeam): string {
  if (role === "manager") {
    return team.kind === "department"
      ? `You do not lead ${team.name}. Managers change the members only of departments they lead.`
      : `${team.name} is a project. Managers change the members only of departments they lead.`;
  }
  if (role === "project_lead") {
    return team.kind === "project"
      ? `You do not lead ${team.name}. Project leads change the members only of projects they lead.`
      : `${team.name} is a department. Project leads change the members only of projects they lead.`;
  }
  return `Your role does not allow changing the members of ${team.name}. Ask an admin if you need it.`;
}
