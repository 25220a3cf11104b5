import type { PrismaClient } from "@tally/db";
import type { OrgActor } from "../actor";
import { kpiAccessWhere, loadActorScope } from "./scope";

/** What the KPI form offers to choose from: active members, teams and open objectives of the organization. */
export async function kpiFormOptions(db: PrismaClient, actor: OrgActor) {
  const { orgId } = actor;
  const [members, teams, objectives, org] = await Promise.all([
    db.membership.findMany({
      where: { orgId, status: "active" },
      orderBy: { user: { name: "asc" } },
      select: { id: true, role: true, user: { select: { name: true } } },
    }),
    db.team.findMany({ where: { orgId }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.objective.findMany({ where: { orgId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { currency: true, weekStart: true } }),
  ]);
  return {
    members: members.map((m) => ({ membershipId: m.id, name: m.user.name, role: m.role })),
    teams,
    objectives,
    currency: org.currency,
    weekStart: org.weekStart,
  };
}

/**
 * What the KPI list offers to filter by: the owners of the KPIs the member may see (names only), the teams and
 * the open objectives. Unlike the form's options, it lists no one the member has no reason to know about.
 */
export async function kpiFilterOptions(db: PrismaClient, actor: OrgActor) {
  const { orgId } = actor;
  const scope = await loadActorScope(db, orgId, actor.membershipId, { role: actor.role, actions: ["kpi.view"] });
  const [owners, teams, objectives] = await Promise.all([
    // One row per owner, found by a semi-join in the database rather than one row per KPI made distinct here.
    db.membership.findMany({
      where: { orgId, ownedKpis: { some: kpiAccessWhere(actor.role, "kpi.view", scope) } },
      select: { id: true, user: { select: { name: true } } },
    }),
    db.team.findMany({ where: { orgId }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.objective.findMany({ where: { orgId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    owners: owners.map((owner) => ({ membershipId: owner.id, name: owner.user.name })).sort((a, b) => a.name.localeCompare(b.name)),
    teams,
    objectives,
  };
}
