import type { Prisma } from "@tally/db";
import { fieldError } from "../errors";

type Reader = Pick<Prisma.TransactionClient, "membership" | "team" | "objective">;

export interface KpiReferences {
  ownerMembershipId: string;
  contributorMembershipIds: readonly string[];
  teamId: string | null;
  objectiveIds: readonly string[];
}

/**
 * Every id a definition names must belong to this organization (and people must be active); otherwise the
 * field that named it gets the error. Three queries, whatever the number of ids.
 */
export async function assertReferences(tx: Reader, orgId: string, refs: KpiReferences): Promise<{ teamKind: "department" | "project" | null }> {
  const people = [...new Set([refs.ownerMembershipId, ...refs.contributorMembershipIds])];
  const [members, team, objectives] = await Promise.all([
    tx.membership.findMany({ where: { orgId, id: { in: people }, status: "active" }, select: { id: true } }),
    refs.teamId ? tx.team.findUnique({ where: { orgId_id: { orgId, id: refs.teamId } }, select: { kind: true } }) : null,
    refs.objectiveIds.length
      ? tx.objective.findMany({ where: { orgId, id: { in: [...refs.objectiveIds] }, archivedAt: null }, select: { id: true } })
      : [],
  ]);
  const active = new Set(members.map((m) => m.id));
  if (!active.has(refs.ownerMembershipId)) throw fieldError("ownerMembershipId", "Choose an active member of this organization as the owner.");
  if (refs.contributorMembershipIds.some((id) => !active.has(id))) {
    throw fieldError("contributorMembershipIds", "Every contributor must be an active member of this organization.");
  }
  if (refs.teamId && !team) throw fieldError("teamId", "That team does not exist in this organization.");
  if (objectives.length !== new Set(refs.objectiveIds).size) throw fieldError("objectiveIds", "One of the chosen objectives no longer exists.");
  return { teamKind: team?.kind ?? null };
}
