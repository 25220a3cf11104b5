import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_PAGE_SIZE, kpiStatus, type ListKpisInput } from "@tally/domain";
import type { Actor } from "../actor";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { analyseListRow, trendOf } from "./list-analysis";
import { kpiListRowDetails, type KpiListRowDetail } from "./list-page";
import { kpiListOrder, kpiListQuery } from "./list-where";

export { overdueWhere, statusWhere } from "./list-where";

/** The KPI's own columns a row of the list shows. */
const kpiListColumns = {
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
} satisfies Prisma.KpiSelect;

type KpiListColumns = Prisma.KpiGetPayload<{ select: typeof kpiListColumns }>;

/** The columns of one row of the KPI list, with the target in force on `today`. */
export function kpiListSelect(today: string) {
  return {
    ...kpiListColumns,
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

type RowRelations = Pick<KpiListRowDetail, "owner" | "team" | "target">;

/** A row of the KPI list as it leaves the server, its status judged on the organization's `today`. */
export function toKpiListRow(row: KpiListRecord, today: string, weekStart: number) {
  const target = row.targets[0];
  return kpiListRowOf(
    row,
    {
      owner: { membershipId: row.owner.id, name: row.owner.user.name },
      team: row.team?.team ?? null,
      target: target ? { target: decimalText(target.target), targetMin: decimalText(target.targetMin), targetMax: decimalText(target.targetMax) } : null,
    },
    today,
    weekStart,
  );
}

function kpiListRowOf(row: KpiListColumns, related: RowRelations, today: string, weekStart: number) {
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
    owner: related.owner,
    team: related.team,
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
    target: related.target,
  };
}

export type KpiListRow = ReturnType<typeof toKpiListRow>;

/**
 * One page of the KPIs the member may see, filtered, sorted and counted in the database; everything else a row
 * shows (owner, team, target, its small trend with the forecast verdict and signal judged here by the domain's
 * rules, the changes of its latest value) comes from one more statement for the whole page, not one per row.
 * Statuses follow the organization's calendar at `now`.
 */
export async function listKpis(db: PrismaClient, actor: Actor, input: ListKpisInput, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListQuery(db, actor, input, now);
  const [total, rows] = await Promise.all([
    db.kpi.count({ where }),
    db.kpi.findMany({
      where,
      orderBy: kpiListOrder(input.sort, input.order),
      skip: (input.page - 1) * KPI_PAGE_SIZE,
      take: KPI_PAGE_SIZE,
      select: { ...kpiListColumns, ownerMembershipId: true },
    }),
  ]);
  const details = await kpiListRowDetails(db, actor.orgId, rows, today, weekStart);
  return {
    total,
    page: input.page,
    pageSize: KPI_PAGE_SIZE,
    kpis: rows.map((row) => {
      const { points, deltas, ...related } = details.get(row.id)!;
      const listRow = kpiListRowOf(row, related, today, weekStart);
      return {
        ...listRow,
        trend: trendOf(points),
        deltas,
        ...analyseListRow({ ...listRow, endDate: isoDateOrNull(row.endDate) }, points, today, weekStart),
      };
    }),
  };
}
