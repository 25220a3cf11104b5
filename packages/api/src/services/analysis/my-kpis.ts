import type { PrismaClient } from "@tally/db";
import { compareIsoDates, currentPeriodStart, historyMonths, missingPeriod, periodLabel, type KpiStatus } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate, isoDateOrNull } from "../kpi/decimal";
import { kpiListSelect, toKpiListRow } from "../kpi/list";
import { kpiListOrder, kpiListQuery } from "../kpi/list-where";
import { recentValues } from "../kpi/sparklines";
import { kpiStatusesByMonthSql } from "./status-history";

/**
 * The KPIs the member owns or contributes to (among those they may see, active ones), each with its status now
 * and as of the end of last month, whether its current period still waits for a value, and its recent values:
 * three statements for any number of KPIs.
 */
export async function myKpis(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListQuery(db, actor, { archived: false }, now);
  const lastMonth = historyMonths(today, 2)[0]!;
  const rows = await db.kpi.findMany({
    where: { AND: [where, { OR: [{ ownerMembershipId: actor.membershipId }, { contributors: { some: { membershipId: actor.membershipId } } }] }] },
    orderBy: kpiListOrder("name", "asc"),
    select: { ...kpiListSelect(today), formula: true, _count: { select: { actionKpis: { where: { action: { status: "open" } } } } } },
  });
  const ids = rows.map((row) => row.id);
  const [trends, before] = await Promise.all([
    recentValues(db, actor.orgId, ids),
    ids.length
      ? db.$queryRaw<{ kpi_id: string; status: KpiStatus }[]>`SELECT kpi_id, status FROM (${kpiStatusesByMonthSql(actor.orgId, ids, [lastMonth], weekStart)}) statuses`
      : Promise.resolve([]),
  ]);
  const statusThen = new Map(before.map((row) => [row.kpi_id, row.status]));
  const kpis = rows.map((row) => {
    const listRow = toKpiListRow(row, today, weekStart);
    const current = currentPeriodStart(today, row.cadence, weekStart);
    const latest = isoDateOrNull(row.latestPeriodStart);
    const started = compareIsoDates(isoDate(row.startDate), today) <= 0;
    const ended = row.endDate !== null && compareIsoDates(isoDate(row.endDate), current) < 0;
    const waiting = started && !ended && row.formula === null && (latest === null || compareIsoDates(latest, current) < 0);
    return {
      ...listRow,
      owned: row.owner.id === actor.membershipId,
      latestPeriodLabel: latest ? periodLabel(latest, row.cadence, weekStart) : null,
      /** The current period when it has no value yet and is not overdue: what to record next. */
      dueNow: waiting && listRow.status !== "overdue" ? { periodStart: current, periodLabel: periodLabel(current, row.cadence, weekStart) } : null,
      /** For an overdue KPI: the period it lacks and the day it became overdue. */
      missing: listRow.status === "overdue" ? missingPeriod(row.cadence, today, weekStart) : null,
      /** Its status as of the end of last month; null when it had not started then. */
      statusThen: statusThen.get(row.id) ?? null,
      trend: trends.get(row.id) ?? [],
      /** Off track or overdue with no open corrective action: flagged. */
      noOpenAction: (listRow.status === "off_track" || listRow.status === "overdue") && row._count.actionKpis === 0,
    };
  });
  return { lastMonth, kpis };
}

export type MyKpi = Awaited<ReturnType<typeof myKpis>>["kpis"][number];
