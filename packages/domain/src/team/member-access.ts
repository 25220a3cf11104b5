import { grantsFor, type Grant } from "../auth/permissions";
import type { Role } from "../auth/roles";
import type { TeamKind } from "./kinds";

/** A team the actor belongs to, and whether they lead it. */
export interface ActorTeam {
  teamId: string;
  kind: TeamKind;
  isLead: boolean;
}

export interface TeamRef {
  id: string;
  kind: TeamKind;
}

/**
 * Whether the actor, holding the role, may add members to this team and remove them: admins any
 * team, managers the departments they lead, project leads the projects they lead.
 */
export function canManageTeamMembers(role: Role, actorTeams: readonly ActorTeam[], team: TeamRef): boolean {
  return grantsFor(role, "team.manageMembers").some((grant) => grantApplies(grant, actorTeams, team));
}

function grantApplies(grant: Grant, actorTeams: readonly ActorTeam[], team: TeamRef): boolean {
  switch (grant) {
    case "any":
      return true;
    case "ledDepartments":
      return leads(actorTeams, team, "department");
    case "ledProjects":
      return leads(actorTeams, team, "project");
    default:
      // The other grants describe KPIs, not teams; none of them reaches a team's membership.
      return false;
  }
}

function leads(actorTeams: readonly ActorTeam[], team: TeamRef, kind: TeamKind): boolean {
  if (team.kind !== kind) return false;
  const mine = actorTeams.find((candidate) => candidate.teamId === team.id);
  // A stale kind on the actor's side means the data disagrees; deny rather than guess.
  return mine !== undefined && mine.isLead && mine.kind === kind;
}
