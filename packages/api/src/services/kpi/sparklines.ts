import type { PrismaClient } from "@tally/db";

const TREND_LENGTH = 12;

/** The last values of many KPIs in one query, oldest first, for the small trend line of a list row. */
export async function recentValues(db: Pick<PrismaClient, "$queryRaw">, orgId: string, kpiIds: string[]): Promise<Map<string, number[]>> {
  if (kpiIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ kpiId: string; value: string }[]>`
    SELECT "kpiId", value::text AS value FROM (
      SELECT "kpiId", value, "periodStart",
             row_number() OVER (PARTITION BY "kpiId" ORDER BY "periodStart" DESC) AS position
      FROM "CheckIn"
      WHERE "orgId" = ${orgId} AND "kpiId" = ANY(${kpiIds})
    ) ranked
    WHERE position <= ${TREND_LENGTH}
    ORDER BY "kpiId", "periodStart" ASC`;
  const trends = new Map<string, number[]>();
  for (const row of rows) {
    const values = trends.get(row.kpiId) ?? [];
    values.push(Number(row.value));
    trends.set(row.kpiId, values);
  }
  return trends;
}
