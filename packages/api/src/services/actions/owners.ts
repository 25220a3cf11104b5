import type { PrismaClient } from "@tally/db";
import { canOwnAction, type ActorScope, type Role } from "@tally/domain";
import { fieldError } from "../errors";
import type { LinkedKpi } from "./kpi-scopes";

interface Candidate {
  membershipId: string;
  name: string;
  role: Role;
  scope: ActorScope;
}

const candidateSelect = {
  id: true,
  role: true,
  user: { select: { name: true } },
  teams: { select: { teamId: true, isLead: true, team: { select: { kind: true } } } },
} as const;

function toCandidate(row: {
  id: string;
  role: Role;
  user: { name: string };
  teams: { teamId: string; isLead: boolean; team: { kind: "department" | "project" } }[];
}): Candidate {
  return {
    membershipId: row.id,
    name: row.user.name,
    role: row.role,
    scope: { membershipId: row.id, teams: row.teams.map((team) => ({ teamId: team.teamId, kind: team.team.kind, isLead: team.isLead })) },
  };
}

/** The active members who may see every one of these KPIs, by name: who an action on them may be given to. */
export async function possibleOwners(db: Pick<PrismaClient, "membership">, orgId: string, kpis: readonly LinkedKpi[]) {
  const rows = await db.membership.findMany({
    where: { orgId, status: "active" },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: candidateSelect,
  });
  return rows
    .map(toCandidate)
    .filter((candidate) => canOwnAction(candidate.role, candidate.scope, kpis.map((kpi) => kpi.scope)))
    .map((candidate) => ({ membershipId: candidate.membershipId, name: candidate.name }));
}

/**
 * The owner must be an active member who can see every KPI of the action, or they could not follow up on it.
 * Resolves to their name.
 */
export async function assertOwner(db: Pick<PrismaClient, "membership">, orgId: string, membershipId: string, kpis: readonly LinkedKpi[]): Promise<string> {
  const row = await db.membership.findFirst({ where: { orgId, id: membershipId, status: "active" }, select: candidateSelect });
  if (!row) throw fieldError("ownerMembershipId", "Choose an active member of this organization as the owner.");
  const owner = toCandidate(row);
  const hidden = kpis.find((kpi) => !canOwnAction(owner.role, owner.scope, [kpi.scope]));
  if (hidden) throw fieldError("ownerMembershipId", `${owner.name} cannot see “${hidden.name}”. Choose someone who can, or share the KPI with them first.`);
  return owner.name;
}
