import { Prisma, type PrismaClient } from "@tally/db";
import { KPI_PAGE_SIZE, kpiStatus, type ListKpisInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { dateFromIso, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { analyseListRow, trendOf } from "./list-analysis";
import { kpiListRowDetails, type KpiListRowDetail } from "./list-page";
import { kpiListOrderSql, kpiListWhereSql } from "./list-where-sql";

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

/** A KPI's own columns as a row of the list sends them: dates as "YYYY-MM-DD", the value as exact text. */
export type KpiListFields = Omit<KpiListColumns, "startDate" | "endDate" | "archivedAt" | "latestPeriodStart" | "latestValue"> & {
  startDate: string;
  endDate: string | null;
  archived: boolean;
  latestPeriodStart: string | null;
  latestValue: string | null;
};

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
    {
      ...row,
      startDate: isoDate(row.startDate),
      endDate: isoDateOrNull(row.endDate),
      archived: row.archivedAt !== null,
      latestPeriodStart: isoDateOrNull(row.latestPeriodStart),
      latestValue: decimalText(row.latestValue),
    },
    {
      owner: { membershipId: row.owner.id, name: row.owner.user.name },
      team: row.team?.team ?? null,
      target: target ? { target: decimalText(target.target), targetMin: decimalText(target.targetMin), targetMax: decimalText(target.targetMax) } : null,
    },
    today,
    weekStart,
  );
}

export function kpiListRowOf(row: KpiListFields, related: RowRelations, today: string, weekStart: number) {
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
    archived: row.archived,
    owner: related.owner,
    team: related.team,
    latestPeriodStart: row.latestPeriodStart,
    latestValue: row.latestValue,
    status: kpiStatus({
      latestPeriodStart: row.latestPeriodStart,
      latestStatus: row.latestStatus,
      cadence: row.cadence,
      startDate: row.startDate,
      endDate: row.endDate,
      today,
      weekStart,
    }),
    target: related.target,
  };
}

export type KpiListRow = ReturnType<typeof toKpiListRow>;

/** `KpiListFields` of `"Kpi" k`, selected as text where the row sends text. */
export const KPI_LIST_FIELDS = Prisma.sql`k.id, k.name, k.code, k.category, k.unit, k.currency, k."durationUnit", k.decimals, k.direction,
  k.cadence, k.visibility, to_char(k."startDate", 'YYYY-MM-DD') AS "startDate", to_char(k."endDate", 'YYYY-MM-DD') AS "endDate",
  k."archivedAt" IS NOT NULL AS archived, to_char(k."latestPeriodStart", 'YYYY-MM-DD') AS "latestPeriodStart",
  trim_scale(k."latestValue")::text AS "latestValue", k."latestStatus"`;

type PageRow = KpiListFields & { ownerMembershipId: string; total: number };

/**
 * One page of the KPIs the member may see, filtered, sorted and counted in one statement; everything else a row
 * shows (owner, team, target, its small trend with the forecast verdict and signal judged here by the domain's
 * rules, the changes of its latest value) comes from one more statement for the whole page, not one per row.
 * Statuses follow the organization's calendar at `now`.
 */
export async function listKpis(db: PrismaClient, actor: OrgActor, input: ListKpisInput, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListWhereSql(db, actor, input, now);
  const count = Prisma.sql`(SELECT count(*)::int FROM "Kpi" k WHERE ${where})`;
  const rows = await db.$queryRaw<PageRow[]>`
    SELECT ${KPI_LIST_FIELDS}, k."ownerMembershipId", ${count} AS total
      FROM "Kpi" k
     WHERE ${where}
     ORDER BY ${kpiListOrderSql(input.sort, input.order)}
     LIMIT ${KPI_PAGE_SIZE} OFFSET ${(input.page - 1) * KPI_PAGE_SIZE}`;
  // The count rides on the page's rows; a page past the end has none to carry it.
  const total = rows[0]?.total ?? (await db.$queryRaw<{ total: number }[]>`SELECT ${count} AS total`)[0]!.total;
  const details = await kpiListRowDetails(db, actor.orgId, rows, today, weekStart);
  return {
    total,
    page: input.page,
    pageSize: KPI_PAGE_SIZE,
    kpis: rows.map(({ ownerMembershipId: _owner, total: _total, ...row }) => {
      const { points, deltas, ...related } = details.get(row.id)!;
      const listRow = kpiListRowOf(row, related, today, weekStart);
      return {
        ...listRow,
        trend: trendOf(points),
        deltas,
        ...analyseListRow({ ...listRow, endDate: row.endDate }, points, today, weekStart),
      };
    }),
  };
}
