import type { Prisma, PrismaClient } from "@tally/db";
import { missingPeriod, orderBriefingSections, targetFor, type KpiStatus } from "@tally/domain";
import { decimalText, isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { kpiListSelect, toKpiListRow } from "../kpi/list";
import { analyseListRow, recentSeries } from "../kpi/list-analysis";
import { lastStatusChanges } from "./last-changes";
import { openActionsByKpi } from "./open-actions";
import type { BriefingKpi } from "./types";

/** A briefing shows at most this many KPIs, worst first; a bigger scope names how many it left out. */
export const BRIEFING_MAX_KPIS = 200;
/** The chart of each KPI shows its last twelve values. */
export const BRIEFING_CHART_PERIODS = 12;

type Reader = Pick<PrismaClient, "kpi" | "kpiTarget" | "kpiStatusChange" | "actionKpi" | "$queryRaw">;

/**
 * One section per KPI in `where`, worst first: status and its cause, the last twelve values with the target in
 * force for each, the forecast and signal verdicts, and the open actions. A fixed number of queries for any number of KPIs.
 */
export async function briefingSections(db: Reader, orgId: string, where: Prisma.KpiWhereInput, today: string, weekStart: number): Promise<{ kpis: BriefingKpi[]; statuses: KpiStatus[] }> {
  const rows = await db.kpi.findMany({ where, select: { ...kpiListSelect(today), endDate: true } });
  const listRows = rows.map((row) => ({ row, listRow: toKpiListRow(row, today, weekStart) }));
  const chosen = orderBriefingSections(listRows.map(({ row, listRow }) => ({ id: row.id, name: row.name, status: listRow.status, row, listRow }))).slice(0, BRIEFING_MAX_KPIS);
  const ids = chosen.map((entry) => entry.id);
  const [series, targets, changes, actions] = await Promise.all([
    recentSeries(db, orgId, ids),
    db.kpiTarget.findMany({ where: { orgId, kpiId: { in: ids } }, orderBy: [{ kpiId: "asc" }, { effectiveFrom: "asc" }] }),
    lastStatusChanges(db, orgId, ids),
    openActionsByKpi(db, orgId, ids, today),
  ]);
  const schedules = new Map<string, typeof targets>();
  for (const target of targets) schedules.set(target.kpiId, [...(schedules.get(target.kpiId) ?? []), target]);

  const kpis = chosen.map(({ row, listRow }): BriefingKpi => {
    const schedule = toTargetEntries(schedules.get(row.id) ?? []);
    const points = series.get(row.id) ?? [];
    const shown = points.slice(-BRIEFING_CHART_PERIODS);
    const latestStart = isoDateOrNull(row.latestPeriodStart);
    const analysis = analyseListRow({ ...listRow, endDate: isoDateOrNull(row.endDate) }, points, today, weekStart);
    const [before, last] = points.slice(-2);
    return {
      id: row.id,
      name: row.name,
      code: row.code,
      unit: row.unit,
      currency: row.currency,
      durationUnit: row.durationUnit,
      decimals: row.decimals,
      direction: row.direction,
      cadence: row.cadence,
      ownerName: row.owner.user.name,
      teamName: row.team?.team.name ?? null,
      status: listRow.status,
      latest: latestStart && row.latestValue !== null ? { periodStart: latestStart, value: decimalText(row.latestValue)! } : null,
      target: latestStart ? targetFor(schedule, latestStart) : null,
      missing: listRow.status === "overdue" ? missingPeriod(row.cadence, today, weekStart) : null,
      lastChange: changes.get(row.id) ?? null,
      points: shown.map((point) => ({ periodStart: point.period, value: String(point.value), target: targetFor(schedule, point.period) })),
      change: before && last && points.length >= 2 ? { previousPeriodStart: before.period, delta: last.value - before.value } : null,
      forecast: analysis.forecast,
      signal: { kind: analysis.signal.kind, text: analysis.signal.text },
      actions: actions.get(row.id) ?? [],
    };
  });
  return { kpis, statuses: listRows.map(({ listRow }) => listRow.status) };
}
