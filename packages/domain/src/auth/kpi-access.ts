import type { KpiCategory } from "../kpi/categories";
import { grantsFor } from "./permissions";
import type { Grant } from "./permissions";
import type { Role } from "./roles";

type TeamKind = "department" | "project";

export const KPI_ACTIONS = [
  "kpi.view",
  "kpi.create",
  "kpi.update",
  "checkin.record",
  "review.create",
  // An action's grants judged on the KPIs it is linked to.
  "action.view",
  "action.manage",
  "action.updateStatus",
] as const;

export type KpiAction = (typeof KPI_ACTIONS)[number];

export interface ActorScope {
  membershipId: string;
  teams: readonly { teamId: string; kind: TeamKind; isLead: boolean }[];
}

export interface KpiScope {
  ownerMembershipId: string;
  contributorMembershipIds: readonly string[];
  category: KpiCategory;
  visibility: "organization" | "restricted";
  teamId: string | null;
  teamKind: TeamKind | null;
}

/**
 * Whether the actor, holding the role, may perform the action on this KPI. For kpi.create the
 * scope describes the KPI about to be created.
 */
export function canOnKpi(role: Role, action: KpiAction, actor: ActorScope, kpi: KpiScope): boolean {
  return grantsFor(role, action).some((grant) => grantApplies(grant, action, actor, kpi));
}

function grantApplies(grant: Grant, action: KpiAction, actor: ActorScope, kpi: KpiScope): boolean {
  switch (grant) {
    case "any":
      return true;
    case "read":
      return action === "kpi.view";
    case "own":
      return kpi.ownerMembershipId === actor.membershipId;
    case "contributor":
      return kpi.contributorMembershipIds.includes(actor.membershipId);
    case "orgVisible":
      return kpi.visibility === "organization";
    case "employeeCategory":
      return kpi.category === "employee";
    case "memberTeams":
      return actorMembershipInKpiTeam(actor, kpi) !== undefined;
    case "memberProjects":
      return actorMembershipInKpiTeam(actor, kpi)?.kind === "project";
    case "ledDepartments":
      return isLeadOfKind(actorMembershipInKpiTeam(actor, kpi), "department");
    case "ledProjects":
      return isLeadOfKind(actorMembershipInKpiTeam(actor, kpi), "project");
    // Grants on reviews and actions themselves, never on a KPI.
    case "participant":
    case "assignee":
      return false;
  }
}

function actorMembershipInKpiTeam(actor: ActorScope, kpi: KpiScope): ActorScope["teams"][number] | undefined {
  if (kpi.teamId === null) return undefined;
  const membership = actor.teams.find((team) => team.teamId === kpi.teamId);
  // The two sides disagreeing about the team's kind means stale data; deny rather than guess.
  return membership?.kind === kpi.teamKind ? membership : undefined;
}

function isLeadOfKind(membership: ActorScope["teams"][number] | undefined, kind: TeamKind): boolean {
  return membership !== undefined && membership.isLead && membership.kind === kind;
}

const TEAM_GRANTS: ReadonlySet<Grant> = new Set(["memberTeams", "memberProjects", "ledDepartments", "ledProjects"]);

/**
 * Whether the member's teams can change any of these verdicts for the role: only team grants read them, so a
 * role without one is judged the same with no teams at all, and its teams need not be loaded.
 */
export function teamsDecide(role: Role, actions: readonly KpiAction[]): boolean {
  return actions.some((action) => grantsFor(role, action).some((grant) => TEAM_GRANTS.has(grant)));
}

/** Whether one grant reaches this KPI, for rules that judge something by the KPIs it covers (a review's agenda). */
export function grantReachesKpi(grant: Grant, actor: ActorScope, kpi: KpiScope): boolean {
  return grant !== "read" && grantApplies(grant, "review.create", actor, kpi);
}
