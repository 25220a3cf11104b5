import type { PrismaClient } from "@tally/db";
import { historyMonths } from "@tally/domain";
import type { OrgActor } from "../actor";
import { statusCountsByMonth } from "../analysis/status-history";
import { kpiListSelect, toKpiListRow } from "../kpi/list";
import { findTeam } from "../team-scope";
import { recentValues } from "../kpi/sparklines";
import { groupKpiQuery, kpiIdsOf, statusCountsOf } from "./group-kpis";

/** A team page lists at most this many KPIs; beyond it, the page links to the filtered KPI list. */
export const TEAM_KPIS_SHOWN = 100;

/**
 * The team's KPIs the member may see, each with its status, latest value and period, target and trend, and how
 * many stand in each status. A fixed number of queries whatever the number of KPIs.
 */
export async function teamKpis(db: PrismaClient, actor: OrgActor, teamId: string, now: Date = new Date()) {
  const team = await findTeam(db, actor.orgId, teamId);
  const { where, today, weekStart } = await groupKpiQuery(db, actor, { teamId: team.id }, now);
  const [total, counts, rows] = await Promise.all([
    db.kpi.count({ where }),
    statusCountsOf(db, where, today, weekStart),
    db.kpi.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: TEAM_KPIS_SHOWN, select: kpiListSelect(today) }),
  ]);
  const trends = await recentValues(db, actor.orgId, rows.map((row) => row.id));
  return {
    team: { id: team.id, name: team.name, kind: team.kind },
    total,
    counts,
    kpis: rows.map((row) => ({ ...toKpiListRow(row, today, weekStart), trend: trends.get(row.id) ?? [] })),
  };
}

/** How many of the team's visible KPIs stood in each status as of each of the last twelve months, in SQL. */
export async function teamHealthHistory(db: PrismaClient, actor: OrgActor, teamId: string, now: Date = new Date()) {
  const team = await findTeam(db, actor.orgId, teamId);
  const { where, today, weekStart } = await groupKpiQuery(db, actor, { teamId: team.id }, now);
  const kpiIds = await kpiIdsOf(db, where);
  return { months: await statusCountsByMonth(db, actor.orgId, kpiIds, historyMonths(today), weekStart) };
}
