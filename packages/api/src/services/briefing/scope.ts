import type { PrismaClient } from "@tally/db";
import { can, ROLE_LABELS, type BriefingScope } from "@tally/domain";
import type { OrgActor } from "../actor";
import { domainError } from "../errors";
import { findObjective } from "../groups/objective-detail";
import { groupKpiQuery } from "../groups/group-kpis";
import { kpiListQuery, type KpiListQuery } from "../kpi/list-where";
import { findTeam } from "../team-scope";

/** The permission each scope's page asks for: the overview, a team page, an objective page. */
const PERMISSION = { organization: "kpi.view", team: "team.list", objective: "objective.view" } as const;

export interface ResolvedScope extends KpiListQuery {
  title: string;
  /** What the file name says it covers; null for the whole organization. */
  subject: string | null;
}

/**
 * The KPIs a briefing of `scope` covers, as the member may see them: the same where-clause as the overview, the
 * team page or the objective page. A team or objective of another organization is not found.
 */
export async function resolveBriefingScope(db: PrismaClient, actor: OrgActor, scope: BriefingScope, now: Date): Promise<ResolvedScope> {
  if (!can(actor.role, PERMISSION[scope.scope]) || !can(actor.role, "kpi.view")) throw domainError("forbidden", `Your role (${ROLE_LABELS[actor.role]}) does not allow this briefing. Ask an admin if you need it.`);
  switch (scope.scope) {
    case "organization":
      return { ...(await kpiListQuery(db, actor, { archived: false }, now)), title: actor.orgName, subject: null };
    case "team": {
      const team = await findTeam(db, actor.orgId, scope.id);
      return { ...(await groupKpiQuery(db, actor, { teamId: team.id }, now)), title: `Team ${team.name}`, subject: team.name };
    }
    case "objective": {
      const objective = await findObjective(db, actor.orgId, scope.id);
      return { ...(await groupKpiQuery(db, actor, { objectiveId: objective.id }, now)), title: `Objective ${objective.name}`, subject: objective.name };
    }
  }
}
