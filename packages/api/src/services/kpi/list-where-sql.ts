import { Prisma, type PrismaClient } from "@tally/db";
import { CADENCES, dueCutoff, grantsFor, nextPeriodStart, todayIn, type ActorScope, type Grant, type KpiStatus, type ListKpisInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { textArray } from "../sql-arrays";
import { loadActorScope } from "./scope";
import { likeLiteral } from "../like-literal";
import type { KpiListFilters } from "./list-where";

/**
 * The KPI list's where-clause as SQL over `"Kpi" k`: the same grants and filters as `kpiListQuery` builds for
 * Prisma (exports, dashboards and group pages read by that one), for the list's own page, which reads its rows
 * and their count in one statement. A test holds the two to the same rows for every role and filter.
 */

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;

function inTeams(teamIds: readonly string[]): Prisma.Sql {
  if (teamIds.length === 0) return FALSE;
  return Prisma.sql`EXISTS (SELECT 1 FROM "KpiTeam" kt WHERE kt."orgId" = k."orgId" AND kt."kpiId" = k.id AND kt."teamId" = ANY(${textArray(teamIds)}::text[]))`;
}

function grantSql(grant: Grant, actor: ActorScope): Prisma.Sql | "all" | null {
  const teams = (pick: (team: ActorScope["teams"][number]) => boolean) => inTeams(actor.teams.filter(pick).map((team) => team.teamId));
  switch (grant) {
    case "any":
    case "read":
      return "all";
    case "own":
      return Prisma.sql`k."ownerMembershipId" = ${actor.membershipId}`;
    case "contributor":
      return Prisma.sql`EXISTS (SELECT 1 FROM "KpiContributor" x WHERE x."orgId" = k."orgId" AND x."kpiId" = k.id AND x."membershipId" = ${actor.membershipId})`;
    case "orgVisible":
      return Prisma.sql`k.visibility = 'organization'`;
    case "employeeCategory":
      return Prisma.sql`k.category = 'employee'`;
    case "memberTeams":
      return teams(() => true);
    case "memberProjects":
      return teams((team) => team.kind === "project");
    case "ledDepartments":
      return teams((team) => team.kind === "department" && team.isLead);
    case "ledProjects":
      return teams((team) => team.kind === "project" && team.isLead);
    case "participant":
    case "assignee":
      return null;
  }
}

/** What the member may see, as `kpiWhereFor(…, "kpi.view")` has it. */
async function visibleSql(db: Pick<PrismaClient, "teamMembership">, actor: OrgActor): Promise<Prisma.Sql> {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: ["kpi.view"] });
  const clauses = grantsFor(actor.role, "kpi.view").map((grant) => grantSql(grant, scope));
  if (clauses.includes("all")) return TRUE;
  const reaching = clauses.filter((clause): clause is Prisma.Sql => clause !== null && clause !== "all");
  return reaching.length ? Prisma.sql`(${Prisma.join(reaching, " OR ")})` : FALSE;
}

/** Overdue by the domain's due cut-off of each cadence, as `overdueWhere` has it. */
function overdueSql(today: string, weekStart: number): Prisma.Sql {
  const byCadence = CADENCES.map((cadence) => {
    const cutoff = dueCutoff(cadence, today, weekStart);
    return Prisma.sql`(k.cadence = ${cadence}::"Cadence" AND (k."latestPeriodStart" IS NULL OR k."latestPeriodStart" < ${cutoff}::date)
      AND k."startDate" < ${nextPeriodStart(cutoff, cadence, weekStart)}::date AND (k."endDate" IS NULL OR k."endDate" >= ${cutoff}::date))`;
  });
  return Prisma.sql`(${Prisma.join(byCadence, " OR ")})`;
}

function statusSql(status: KpiStatus, today: string, weekStart: number): Prisma.Sql {
  const overdue = overdueSql(today, weekStart);
  if (status === "overdue") return overdue;
  if (status === "no_data") return Prisma.sql`(k."latestStatus" IS NULL AND NOT ${overdue})`;
  return Prisma.sql`(k."latestStatus" = ${status}::"PeriodStatus" AND NOT ${overdue})`;
}

function likePattern(term: string): string {
  return `%${likeLiteral(term)}%`;
}

export interface KpiListSql {
  where: Prisma.Sql;
  today: string;
  weekStart: number;
}

export async function kpiListWhereSql(db: Pick<PrismaClient, "teamMembership">, actor: OrgActor, filters: KpiListFilters, now: Date): Promise<KpiListSql> {
  const today = todayIn(actor.timeZone, now);
  const search = filters.search?.trim();
  const clauses = [
    Prisma.sql`k."orgId" = ${actor.orgId}`,
    await visibleSql(db, actor),
    filters.archived ? Prisma.sql`k."archivedAt" IS NOT NULL` : Prisma.sql`k."archivedAt" IS NULL`,
    filters.category ? Prisma.sql`k.category = ${filters.category}::"KpiCategory"` : null,
    filters.ownerMembershipId ? Prisma.sql`k."ownerMembershipId" = ${filters.ownerMembershipId}` : null,
    filters.teamId ? inTeams([filters.teamId]) : null,
    filters.objectiveId
      ? Prisma.sql`EXISTS (SELECT 1 FROM "KpiObjective" ko WHERE ko."orgId" = k."orgId" AND ko."kpiId" = k.id AND ko."objectiveId" = ${filters.objectiveId})`
      : null,
    search ? Prisma.sql`(k.name ILIKE ${likePattern(search)} OR k.code = ${search.toUpperCase()})` : null,
    filters.status ? statusSql(filters.status, today, actor.weekStart) : null,
  ].filter((clause): clause is Prisma.Sql => clause !== null);
  return { where: Prisma.join(clauses, " AND "), today, weekStart: actor.weekStart };
}

const ORDER: Record<ListKpisInput["sort"], (direction: Prisma.Sql) => Prisma.Sql> = {
  name: (direction) => Prisma.sql`k.name ${direction}`,
  category: (direction) => Prisma.sql`k.category ${direction}, k.name ASC`,
  updated: (direction) => Prisma.sql`k."updatedAt" ${direction}, k.name ASC`,
  status: (direction) => Prisma.sql`k."latestStatus" ${direction} NULLS LAST, k.name ASC`,
};

/** `kpiListOrder` as SQL: the id last, so that rows with equal keys still have one order to page through. */
export function kpiListOrderSql(sort: ListKpisInput["sort"], order: ListKpisInput["order"]): Prisma.Sql {
  return Prisma.sql`${ORDER[sort](order === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`)}, k.id ASC`;
}
