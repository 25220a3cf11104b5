import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_PAGE_SIZE, kpiStatus, type ListKpisInput } from "@tally/domain";
import type { Actor } from "../actor";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { analyseListRow, recentSeries, trendOf } from "./list-analysis";
import { latestDeltas } from "./list-deltas";
import { kpiListOrder, kpiListQuery } from "./list-where";

export { overdueWhere, statusWhere } from "./list-where";

/** The columns of one row of the KPI list, with the target in force on `today`. */
export function kpiListSelect(today: string) {
  return {
    id: true,
    name: true,
    code: true,
    category: true,
    unit: true,
    currency: true,
    durationUnit: true,
    decimals: true,
    direction: true,
    cadence: true,
    startDate: true,
    endDate: true,
    visibility: true,
    archivedAt: true,
    latestPeriodStart: true,
    latestValue: true,
    latestStatus: true,
    owner: { select: { id: true, user: { select: { name: true } } } },
    team: { select: { team: { select: { id: true, name: true } } } },
    // The target in force today; a schedule entry that starts later is not the target yet.
    targets: {
      where: { effectiveFrom: { lte: dateFromIso(today) } },
      orderBy: { effectiveFrom: "desc" },
      take: 1,
      select: { target: true, targetMin: true, targetMax: true, effectiveFrom: true },
    },
  } satisfies Prisma.KpiSelect;
}

export type KpiListRecord = Prisma.KpiGetPayload<{ select: ReturnType<typeof kpiListSelect> }>;

/** A row of the KPI list as it leaves the server, its status judged on the organization's `today`. */
export function toKpiListRow(row: KpiListRecord, today: string, weekStart: number) {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    category: row.category,
    unit: row.unit,
    currency: row.currency,
    durationUnit: row.durationUnit,
    decimals: row.decimals,
    direction: row.direction,
    cadence: row.cadence,
    visibility: row.visibility,
    archived: row.archivedAt !== null,
    owner: { membershipId: row.owner.id, name: row.owner.user.name },
    team: row.team?.team ?? null,
    latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
    latestValue: decimalText(row.latestValue),
    status: kpiStatus({
      latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
      latestStatus: row.latestStatus,
      cadence: row.cadence,
      startDate: isoDate(row.startDate),
      endDate: isoDateOrNull(row.endDate),
      today,
      weekStart,
    }),
    target: row.targets[0]
      ? { target: decimalText(row.targets[0].target), targetMin: decimalText(row.targets[0].targetMin), targetMax: decimalText(row.targets[0].targetMax) }
      : null,
  };
}

export type KpiListRow = ReturnType<typeof toKpiListRow>;

/**
 * One page of the KPIs the member may see, filtered, sorted and counted in the database; the small trend of
 * every row (with its forecast verdict and signal, judged here by the domain's rules) and the changes of its
 * latest value come from one more query each, not one per row. Statuses follow the organization's calendar at `now`.
 */
export async function listKpis(db: PrismaClient, actor: Actor, input: ListKpisInput, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListQuery(db, actor, input, now);
  const [total, rows] = await Promise.all([
    db.kpi.count({ where }),
    db.kpi.findMany({
      // Joined relations would be built for every matching KPI before the sort and the page's limit; a query per
      // relation reads them for the page's 25 alone.
      relationLoadStrategy: "query",
      where,
      orderBy: kpiListOrder(input.sort, input.order),
      skip: (input.page - 1) * KPI_PAGE_SIZE,
      take: KPI_PAGE_SIZE,
      select: kpiListSelect(today),
    }),
  ]);
  const [series, deltas] = await Promise.all([
    recentSeries(db, actor.orgId, rows.map((row) => row.id)),
    latestDeltas(db, actor.orgId, rows, weekStart),
  ]);
  return {
    total,
    page: input.page,
    pageSize: KPI_PAGE_SIZE,
    kpis: rows.map((row) => {
      const listRow = toKpiListRow(row, today, weekStart);
      const points = series.get(row.id) ?? [];
      return {
        ...listRow,
        trend: trendOf(points),
        deltas: deltas.get(row.id) ?? { previous: null, yearBefore: null },
        ...analyseListRow({ ...listRow, endDate: isoDateOrNull(row.endDate) }, points, today, weekStart),
      };
    }),
  };
}
