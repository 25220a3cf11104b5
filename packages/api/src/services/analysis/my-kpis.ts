import type { PrismaClient } from "@tally/db";
import { compareIsoDates, currentPeriodStart, historyMonths, missingPeriod, periodLabel, type KpiStatus } from "@tally/domain";
import type { OrgActor } from "../actor";
import { KPI_LIST_FIELDS, kpiListRowOf, type KpiListFields } from "../kpi/list";
import { trendOf } from "../kpi/list-analysis";
import { kpiListRowDetails } from "../kpi/list-page";
import { TREND_LENGTH } from "../kpi/sparklines";
import { kpiListOrderSql, kpiListWhereSql } from "../kpi/list-where-sql";
import { kpiStatusesByMonthSql } from "./status-history";

type MineRow = KpiListFields & { ownerMembershipId: string; calculated: boolean; openActions: number };

/**
 * The KPIs the member owns or contributes to (among those they may see, active ones), each with its status now
 * and as of the end of last month, whether its current period still waits for a value, and its recent values:
 * three statements for any number of KPIs — the KPIs, what their rows show (as the KPI list reads it), and the
 * statuses of last month.
 */
export async function myKpis(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListWhereSql(db, actor, { archived: false }, now);
  const lastMonth = historyMonths(today, 2)[0]!;
  const rows = await db.$queryRaw<MineRow[]>`
    SELECT ${KPI_LIST_FIELDS}, k."ownerMembershipId", k.formula IS NOT NULL AS calculated,
           (SELECT count(*)::int FROM "ActionKpi" ak JOIN "Action" a ON a."orgId" = ak."orgId" AND a.id = ak."actionId"
             WHERE ak."orgId" = k."orgId" AND ak."kpiId" = k.id AND a.status = 'open') AS "openActions"
      FROM "Kpi" k
     WHERE ${where}
       AND (k."ownerMembershipId" = ${actor.membershipId}
            OR EXISTS (SELECT 1 FROM "KpiContributor" x WHERE x."orgId" = k."orgId" AND x."kpiId" = k.id AND x."membershipId" = ${actor.membershipId}))
     ORDER BY ${kpiListOrderSql("name", "asc")}`;
  const ids = rows.map((row) => row.id);
  const [details, before] = await Promise.all([
    kpiListRowDetails(db, actor.orgId, rows, today, weekStart, { values: TREND_LENGTH, deltas: false }),
    ids.length
      ? db.$queryRaw<{ kpi_id: string; status: KpiStatus }[]>`SELECT kpi_id, status FROM (${kpiStatusesByMonthSql(actor.orgId, ids, [lastMonth], weekStart)}) statuses`
      : Promise.resolve([]),
  ]);
  const statusThen = new Map(before.map((row) => [row.kpi_id, row.status]));
  const kpis = rows.map(({ ownerMembershipId, calculated, openActions, ...row }) => {
    const { points, deltas: _deltas, ...related } = details.get(row.id)!;
    const listRow = kpiListRowOf(row, related, today, weekStart);
    const current = currentPeriodStart(today, row.cadence, weekStart);
    const latest = row.latestPeriodStart;
    const started = compareIsoDates(row.startDate, today) <= 0;
    const ended = row.endDate !== null && compareIsoDates(row.endDate, current) < 0;
    const waiting = started && !ended && !calculated && (latest === null || compareIsoDates(latest, current) < 0);
    return {
      ...listRow,
      owned: ownerMembershipId === actor.membershipId,
      latestPeriodLabel: latest ? periodLabel(latest, row.cadence, weekStart) : null,
      /** The current period when it has no value yet and is not overdue: what to record next. */
      dueNow: waiting && listRow.status !== "overdue" ? { periodStart: current, periodLabel: periodLabel(current, row.cadence, weekStart) } : null,
      /** For an overdue KPI: the period it lacks and the day it became overdue. */
      missing: listRow.status === "overdue" ? missingPeriod(row.cadence, today, weekStart) : null,
      /** Its status as of the end of last month; null when it had not started then. */
      statusThen: statusThen.get(row.id) ?? null,
      trend: trendOf(points),
      /** Off track or overdue with no open corrective action: flagged. */
      noOpenAction: (listRow.status === "off_track" || listRow.status === "overdue") && openActions === 0,
    };
  });
  return { lastMonth, kpis };
}

export type MyKpi = Awaited<ReturnType<typeof myKpis>>["kpis"][number];
