import { Prisma } from "@tally/db";
import { textArray } from "../sql-arrays";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** One value as it stood at the cutoff: the check-in's period, the value in force then, and who recorded it when. */
export interface ValueAsOf {
  kpiId: string;
  periodStart: string;
  /** Exact decimal text. */
  value: string;
  comment: string;
  recordedAt: Date;
  recordedBy: string;
}

/**
 * Every value of these KPIs as it stood just before `cutoff`, in ONE statement for any number of KPIs (the rule of
 * the domain's `valueInForce`):
 * - a stored check-in created before the cutoff, with the first of its earlier values replaced at or after the
 *   cutoff (the one in force then), or its current value when none was replaced since;
 * - a check-in removed at or after the cutoff, with the newest entry of its kept history recorded before it.
 * Period order within a KPI.
 */
export async function valuesAsOf(db: Db, orgId: string, kpiIds: readonly string[], cutoff: Date): Promise<ValueAsOf[]> {
  if (!kpiIds.length) return [];
  // The columns are UTC timestamps without a zone: compare them with the cutoff as UTC too.
  const cut = Prisma.sql`(${cutoff.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const rows = await db.$queryRaw<{ kpi_id: string; period_start: string; value: string; comment: string; recorded_at: Date; recorded_by: string }[]>`
    WITH kpis AS (SELECT unnest(${textArray([...new Set(kpiIds)])}::text[]) AS id),
    kept AS (
      SELECT c."kpiId" AS kpi_id, c."periodStart" AS period_start,
        COALESCE(earlier.value, c."value") AS value,
        COALESCE(earlier.comment, c."comment") AS comment,
        COALESCE(earlier.recorded_by, c."recordedByMembershipId") AS recorded_by,
        COALESCE(earlier.since, newest.replaced, c."createdAt") AS recorded_at
      FROM kpis
      JOIN "CheckIn" c ON c."orgId" = ${orgId} AND c."kpiId" = kpis.id AND c."createdAt" < ${cut}
      LEFT JOIN LATERAL (
        SELECT r."value", r."comment", r."recordedByMembershipId" AS recorded_by,
          COALESCE((
            SELECT max(before."replacedAt") FROM "CheckInRevision" before
            WHERE before."orgId" = c."orgId" AND before."checkInId" = c."id" AND before."replacedAt" < ${cut}
          ), c."createdAt") AS since
        FROM "CheckInRevision" r
        WHERE r."orgId" = c."orgId" AND r."checkInId" = c."id" AND r."replacedAt" >= ${cut}
        ORDER BY r."replacedAt" ASC
        LIMIT 1
      ) earlier ON true
      LEFT JOIN LATERAL (
        SELECT max(r."replacedAt") AS replaced FROM "CheckInRevision" r
        WHERE r."orgId" = c."orgId" AND r."checkInId" = c."id"
      ) newest ON true
    ),
    removed AS (
      SELECT d."kpiId" AS kpi_id, d."periodStart" AS period_start,
        (held.entry->>'value')::numeric AS value, COALESCE(held.entry->>'comment', '') AS comment,
        held.entry->>'recordedByMembershipId' AS recorded_by, ((held.entry->>'recordedAt')::timestamptz AT TIME ZONE 'UTC') AS recorded_at
      FROM kpis
      JOIN "CheckInDeletion" d ON d."orgId" = ${orgId} AND d."kpiId" = kpis.id AND d."deletedAt" >= ${cut}
      JOIN LATERAL (
        SELECT e.entry FROM jsonb_array_elements(d."history"::jsonb) WITH ORDINALITY AS e(entry, position)
        WHERE ((e.entry->>'recordedAt')::timestamptz AT TIME ZONE 'UTC') < ${cut}
        ORDER BY e.position DESC
        LIMIT 1
      ) held ON true
    ),
    held AS (SELECT * FROM kept UNION ALL SELECT * FROM removed)
    SELECT held.kpi_id, held.period_start::text AS period_start, held.value::text AS value, held.comment, held.recorded_at,
      COALESCE(u."name", 'A former member') AS recorded_by
    FROM held
    LEFT JOIN "Membership" m ON m."orgId" = ${orgId} AND m."id" = held.recorded_by
    LEFT JOIN "User" u ON u."id" = m."userId"
    ORDER BY held.kpi_id, held.period_start`;
  return rows.map((row) => ({
    kpiId: row.kpi_id,
    periodStart: row.period_start,
    value: new Prisma.Decimal(row.value).toString(),
    comment: row.comment,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}
