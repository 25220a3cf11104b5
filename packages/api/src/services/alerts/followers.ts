import type { Prisma, Role } from "@tally/db";
import { canOnKpi, followsKpi, type ActorScope } from "@tally/domain";
import { kpiScopeSelect, toKpiScope } from "../kpi/scope";

type Reader = Pick<Prisma.TransactionClient, "kpi" | "kpiFollower" | "membership" | "teamMembership">;

/**
 * Who follows each KPI: owners and contributors unless they stopped, and whoever chose to follow — only active
 * members who may still see the KPI. Four queries for any number of KPIs.
 */
export async function followersOf(tx: Reader, orgId: string, kpiIds: readonly string[]): Promise<Map<string, string[]>> {
  const followers = new Map<string, string[]>();
  if (!kpiIds.length) return followers;
  const [kpis, choices] = await Promise.all([
    tx.kpi.findMany({ where: { orgId, id: { in: [...kpiIds] } }, select: kpiScopeSelect }),
    tx.kpiFollower.findMany({ where: { orgId, kpiId: { in: [...kpiIds] } }, select: { kpiId: true, membershipId: true, following: true } }),
  ]);
  const candidates = new Set<string>(choices.map((choice) => choice.membershipId));
  for (const kpi of kpis) {
    candidates.add(kpi.ownerMembershipId);
    for (const contributor of kpi.contributors) candidates.add(contributor.membershipId);
  }
  const [members, teamRows] = await Promise.all([
    tx.membership.findMany({ where: { orgId, id: { in: [...candidates] }, status: "active" }, select: { id: true, role: true } }),
    tx.teamMembership.findMany({ where: { orgId, membershipId: { in: [...candidates] } }, select: { membershipId: true, teamId: true, isLead: true, team: { select: { kind: true } } } }),
  ]);
  const scopes = new Map<string, { role: Role; actor: ActorScope }>(members.map((member) => [member.id, { role: member.role, actor: { membershipId: member.id, teams: [] } }]));
  for (const row of teamRows) {
    (scopes.get(row.membershipId)?.actor.teams as ActorScope["teams"][number][] | undefined)?.push({ teamId: row.teamId, kind: row.team.kind, isLead: row.isLead });
  }
  const choiceOf = new Map(choices.map((choice) => [`${choice.kpiId}|${choice.membershipId}`, choice.following]));
  for (const kpi of kpis) {
    const scope = toKpiScope(kpi);
    const involved = new Set([scope.ownerMembershipId, ...scope.contributorMembershipIds]);
    const list: string[] = [];
    for (const [membershipId, member] of scopes) {
      if (!followsKpi(choiceOf.get(`${kpi.id}|${membershipId}`), involved.has(membershipId))) continue;
      if (canOnKpi(member.role, "kpi.view", member.actor, scope)) list.push(membershipId);
    }
    followers.set(kpi.id, list);
  }
  return followers;
}
