import { Prisma } from "@tally/db";
import { CADENCES, KPI_STATUSES, dueCutoff, nextPeriodStart, type HistoryMonth, type KpiStatus } from "@tally/domain";
import { textArray } from "../sql-arrays";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Each KPI's status as of each month's day, in SQL: the status stored with its newest check-in for a period that
 * had started by then, or overdue when the period due then had no value (the rule of the domain's `kpiStatus`,
 * with that day as "today"). A KPI is left out of the months before its start date. Yields rows
 * (month, kpi_id, status) for the callers to group as they need.
 */
export function kpiStatusesByMonthSql(orgId: string, kpiIds: readonly string[], months: readonly HistoryMonth[], weekStart: number): Prisma.Sql {
  const points = months.flatMap((month) =>
    CADENCES.map((cadence) => {
      const cutoff = dueCutoff(cadence, month.asOf, weekStart);
      return { month: month.month, asOf: month.asOf, cadence, cutoff, startedBefore: nextPeriodStart(cutoff, cadence, weekStart) };
    }),
  );
  return Prisma.sql`
    SELECT p.month, k."id" AS kpi_id,
      CASE
        WHEN k."startDate" < p.started_before AND (k."endDate" IS NULL OR k."endDate" >= p.cutoff)
          AND (newest."periodStart" IS NULL OR newest."periodStart" < p.cutoff) THEN 'overdue'
        WHEN newest."status" IS NULL THEN 'no_data'
        ELSE newest."status"::text
      END AS status
    FROM unnest(
      ${textArray(points.map((point) => point.month))}::text[], ${textArray(points.map((point) => point.asOf))}::date[],
      ${textArray(points.map((point) => point.cadence))}::text[], ${textArray(points.map((point) => point.cutoff))}::date[],
      ${textArray(points.map((point) => point.startedBefore))}::date[]
    ) AS p(month, as_of, cadence, cutoff, started_before)
    JOIN "Kpi" k ON k."cadence"::text = p.cadence AND k."startDate" <= p.as_of
    LEFT JOIN LATERAL (
      SELECT c."periodStart", c."status" FROM "CheckIn" c
      WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id" AND c."periodStart" <= p.as_of
      ORDER BY c."periodStart" DESC
      LIMIT 1
    ) newest ON true
    WHERE k."orgId" = ${orgId} AND k."id" = ANY(${textArray([...kpiIds])}::text[])`;
}

export type StatusCounts = Record<KpiStatus, number>;

export interface MonthStatusCounts {
  month: string;
  asOf: string;
  counts: StatusCounts;
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** How many of these KPIs stood in each status as of each month, counted in one statement. */
export async function statusCountsByMonth(
  db: Db,
  orgId: string,
  kpiIds: readonly string[],
  months: readonly HistoryMonth[],
  weekStart: number,
): Promise<MonthStatusCounts[]> {
  const result = months.map((month) => ({ month: month.month, asOf: month.asOf, counts: emptyCounts() }));
  if (!kpiIds.length || !months.length) return result;
  const rows = await db.$queryRaw<{ month: string; status: KpiStatus; count: number }[]>`
    SELECT statuses.month, statuses.status, count(*)::int AS count
    FROM (${kpiStatusesByMonthSql(orgId, kpiIds, months, weekStart)}) statuses
    GROUP BY statuses.month, statuses.status`;
  const byMonth = new Map(result.map((entry) => [entry.month, entry]));
  for (const row of rows) byMonth.get(row.month)!.counts[row.status] = row.count;
  return result;
}
