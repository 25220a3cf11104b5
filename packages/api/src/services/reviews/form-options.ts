import type { PrismaClient } from "@tally/db";
import type { OrgActor } from "../actor";
import { kpiAccessWhere, loadActorScope } from "../kpi/scope";

type Db = Pick<PrismaClient, "membership" | "team" | "objective" | "kpi" | "teamMembership">;

/**
 * What starting a review and adjusting a KPI in one offer: the organization's teams and open objectives, the
 * KPIs the member may put on an agenda (the same rule the start applies, so nothing offered is refused), and
 * the active members who may take part or become an owner.
 */
export async function reviewFormOptions(db: Db, actor: OrgActor) {
  const { orgId } = actor;
  const reviewable = async () => {
    const scope = await loadActorScope(db, orgId, actor.membershipId);
    return db.kpi.findMany({
      where: { AND: [{ orgId, archivedAt: null }, kpiAccessWhere(actor.role, "review.create", scope)] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, team: { select: { teamId: true } }, objectives: { select: { objectiveId: true } } },
    });
  };
  const [members, teams, objectives, kpis] = await Promise.all([
    db.membership.findMany({
      where: { orgId, status: "active" },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { id: true, role: true, user: { select: { name: true } } },
    }),
    db.team.findMany({ where: { orgId }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.objective.findMany({ where: { orgId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    reviewable(),
  ]);
  return {
    teams,
    objectives,
    kpis: kpis.map((kpi) => ({ id: kpi.id, name: kpi.name, teamId: kpi.team?.teamId ?? null, objectiveIds: kpi.objectives.map((o) => o.objectiveId) })),
    members: members.map((m) => ({ membershipId: m.id, name: m.user.name, role: m.role })),
  };
}
