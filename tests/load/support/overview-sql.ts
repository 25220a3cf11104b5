/**
 * Hand-written SQL that answers the questions of the organization overview and of My KPIs a different way from
 * the services (for the history, a range join over each check-in's span instead of a lateral lookup): the yardstick
 * the dashboard benchmark and `pnpm bench` measure the services against.
 */
import type pg from "pg";
import { CADENCES, KPI_STATUSES, dueCutoff, historyMonths, nextPeriodStart } from "@tally/domain";

type Queryable = Pick<pg.Pool | pg.Client, "query">;
type Counts = Record<(typeof KPI_STATUSES)[number], number>;

/** Each cadence's overdue cut-off on `day` and the day before which a KPI must have started to be overdue. */
function cutoffValues(day: string, weekStart: number): string {
  return CADENCES.map((cadence) => {
    const cutoff = dueCutoff(cadence, day, weekStart);
    return `('${cadence}', DATE '${cutoff}', DATE '${nextPeriodStart(cutoff, cadence, weekStart)}')`;
  }).join(", ");
}

/** The status rule in SQL: overdue by the cut-off of its cadence (joined as `c`), else the latest judged status. */
const STATUS_NOW = `CASE WHEN k."startDate" < c.started_before AND (k."endDate" IS NULL OR k."endDate" >= c.cutoff)
    AND (k."latestPeriodStart" IS NULL OR k."latestPeriodStart" < c.cutoff) THEN 'overdue'
  ELSE coalesce(k."latestStatus"::text, 'no_data') END`;

const nowJoin = (today: string, weekStart: number) => `JOIN (VALUES ${cutoffValues(today, weekStart)}) AS c(cadence, cutoff, started_before) ON c.cadence = k."cadence"::text`;

/** 1. Status counts of the organization's active KPIs (the headline of the matrix). */
export async function statusTotalsSql(client: Queryable, orgId: string, today: string, weekStart: number): Promise<Counts> {
  const result = await client.query<{ category: string; status: string; count: number }>(
    `SELECT k."category"::text AS category, ${STATUS_NOW} AS status, count(*)::int AS count FROM "Kpi" k ${nowJoin(today, weekStart)}
     WHERE k."orgId" = $1 AND k."archivedAt" IS NULL GROUP BY 1, 2`,
    [orgId],
  );
  return Object.fromEntries(KPI_STATUSES.map((status) => [status, result.rows.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0)])) as Counts;
}

/**
 * 2. Twelve months of status counts: for each month and KPI, the newest check-in by the month's end. `range` finds it
 * by a range join over each check-in's span (every check-in is the newest until the next one's period), a different
 * way from the service's, to cross-check its answer; `lookup` by one index lookup per month and KPI, the fastest
 * statement on long histories, the yardstick of `pnpm bench`.
 */
export async function statusHistorySql(client: Queryable, orgId: string, today: string, weekStart: number, method: "range" | "lookup" = "range") {
  const months = historyMonths(today, 12);
  const values = months
    .flatMap((month) =>
      CADENCES.map((cadence) => {
        const cutoff = dueCutoff(cadence, month.asOf, weekStart);
        return `('${month.month}', DATE '${month.asOf}', '${cadence}', DATE '${cutoff}', DATE '${nextPeriodStart(cutoff, cadence, weekStart)}')`;
      }),
    )
    .join(", ");
  const newest =
    method === "range"
      ? `LEFT JOIN spans s ON s."kpiId" = k."id" AND s."periodStart" <= m.as_of AND (s.next_start IS NULL OR s.next_start > m.as_of)`
      : `LEFT JOIN LATERAL (SELECT c."periodStart", c."status" FROM "CheckIn" c WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id" AND c."periodStart" <= m.as_of
           ORDER BY c."periodStart" DESC LIMIT 1) s ON true`;
  const spans =
    method === "range"
      ? `WITH spans AS (
           SELECT "kpiId", "periodStart", "status", lead("periodStart") OVER (PARTITION BY "kpiId" ORDER BY "periodStart") AS next_start
           FROM "CheckIn" WHERE "orgId" = $1)`
      : "";
  const result = await client.query<{ month: string; status: string; count: number }>(
    `${spans}
     SELECT m.month, CASE
         WHEN k."startDate" < m.started_before AND (k."endDate" IS NULL OR k."endDate" >= m.cutoff)
           AND (s."periodStart" IS NULL OR s."periodStart" < m.cutoff) THEN 'overdue'
         ELSE coalesce(s."status"::text, 'no_data') END AS status, count(*)::int AS count
     FROM (VALUES ${values}) AS m(month, as_of, cadence, cutoff, started_before)
     JOIN "Kpi" k ON k."cadence"::text = m.cadence AND k."startDate" <= m.as_of AND k."orgId" = $1 AND k."archivedAt" IS NULL
     ${newest}
     GROUP BY 1, 2`,
    [orgId],
  );
  return months.map((month) => ({
    month: month.month,
    asOf: month.asOf,
    counts: Object.fromEntries(KPI_STATUSES.map((status) => [status, result.rows.find((row) => row.month === month.month && row.status === status)?.count ?? 0])) as Counts,
  }));
}

/** 3. Needs attention: the eight worst, worst status first and by name. */
export async function needsAttentionSql(client: Queryable, orgId: string, today: string, weekStart: number): Promise<string[]> {
  const result = await client.query<{ id: string }>(
    `SELECT k."id" FROM "Kpi" k ${nowJoin(today, weekStart)} WHERE k."orgId" = $1 AND k."archivedAt" IS NULL AND ${STATUS_NOW} IN ('off_track', 'overdue', 'at_risk')
     ORDER BY array_position(ARRAY['off_track', 'overdue', 'at_risk'], ${STATUS_NOW}), k."name", k."id" LIMIT 8`,
    [orgId],
  );
  return result.rows.map((row) => row.id);
}

/** 4. The eight newest check-ins. */
export async function recentCheckInsSql(client: Queryable, orgId: string): Promise<string[]> {
  const result = await client.query<{ id: string }>(
    `SELECT c."id" FROM "CheckIn" c JOIN "Kpi" k ON k."orgId" = c."orgId" AND k."id" = c."kpiId"
     WHERE c."orgId" = $1 AND k."archivedAt" IS NULL ORDER BY c."updatedAt" DESC, c."periodStart" DESC, c."id" LIMIT 8`,
    [orgId],
  );
  return result.rows.map((row) => row.id);
}

/** 5. How many KPIs of each objective are on track now. */
export async function objectivesOnTrackSql(client: Queryable, orgId: string, today: string, weekStart: number): Promise<Record<string, number>> {
  const result = await client.query<{ objective: string; on_track: number }>(
    `SELECT o."id" AS objective, (
       SELECT count(*) FROM "KpiObjective" link
       JOIN "Kpi" k ON k."orgId" = link."orgId" AND k."id" = link."kpiId" AND k."archivedAt" IS NULL ${nowJoin(today, weekStart)}
       WHERE link."orgId" = o."orgId" AND link."objectiveId" = o."id" AND ${STATUS_NOW} = 'on_track')::int AS on_track
     FROM "Objective" o WHERE o."orgId" = $1 AND o."archivedAt" IS NULL`,
    [orgId],
  );
  return Object.fromEntries(result.rows.map((row) => [row.objective, row.on_track]));
}

/** The whole overview: its five statements, side by side as the service runs its blocks. */
export async function overviewSql(client: Queryable, orgId: string, today: string, weekStart: number) {
  const [totals, history, attention, recent, objectives] = await Promise.all([
    statusTotalsSql(client, orgId, today, weekStart),
    statusHistorySql(client, orgId, today, weekStart, "lookup"),
    needsAttentionSql(client, orgId, today, weekStart),
    recentCheckInsSql(client, orgId),
    objectivesOnTrackSql(client, orgId, today, weekStart),
  ]);
  return { totals, history, attention, recent, objectives };
}

/** My KPIs: the KPIs a member owns or contributes to, with their last twelve values, oldest first. */
export async function myKpisSql(client: Queryable, orgId: string, membershipId: string): Promise<[string, number[]][]> {
  const result = await client.query<{ id: string; trend: string[] }>(
    `SELECT k."id", ARRAY(
         SELECT v.value::text FROM (SELECT c."value", c."periodStart" FROM "CheckIn" c WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id"
           ORDER BY c."periodStart" DESC LIMIT 12) v ORDER BY v."periodStart") AS trend
     FROM "Kpi" k WHERE k."orgId" = $1 AND k."archivedAt" IS NULL
       AND (k."ownerMembershipId" = $2 OR EXISTS (SELECT 1 FROM "KpiContributor" x WHERE x."orgId" = k."orgId" AND x."kpiId" = k."id" AND x."membershipId" = $2))
     ORDER BY k."name", k."id"`,
    [orgId, membershipId],
  );
  return result.rows.map((row) => [row.id, row.trend.map(Number)]);
}
