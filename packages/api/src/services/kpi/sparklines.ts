import type { PrismaClient } from "@tally/db";
import { textArray } from "../sql-arrays";

/** The small trend line of a row (the KPI list, My KPIs, a team or objective page) shows the last twelve values. */
export const TREND_LENGTH = 12;

export interface SeriesPoint {
  period: string;
  value: number;
}

/**
 * The last `count` values of many KPIs in one query, oldest first. Each KPI's values are read backwards from its
 * newest along the (orgId, kpiId, periodStart) index and stop after `count`, so a KPI's cost does not grow with
 * the length of its history.
 */
export async function lastValues(
  db: Pick<PrismaClient, "$queryRaw">,
  orgId: string,
  kpiIds: readonly string[],
  count: number,
): Promise<Map<string, SeriesPoint[]>> {
  if (kpiIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ kpiId: string; period: string; value: string }[]>`
    SELECT k.id AS "kpiId", to_char(c."periodStart", 'YYYY-MM-DD') AS period, c.value::text AS value
      FROM unnest(${textArray(kpiIds)}::text[]) AS k(id)
      CROSS JOIN LATERAL (
        SELECT "periodStart", value FROM "CheckIn"
         WHERE "orgId" = ${orgId} AND "kpiId" = k.id
         ORDER BY "periodStart" DESC
         LIMIT ${count}
      ) c
     ORDER BY k.id, c."periodStart" ASC`;
  const series = new Map<string, SeriesPoint[]>();
  for (const row of rows) {
    const points = series.get(row.kpiId) ?? [];
    points.push({ period: row.period, value: Number(row.value) });
    series.set(row.kpiId, points);
  }
  return series;
}

/** The last values of many KPIs in one query, oldest first, for the small trend line of a list row. */
export async function recentValues(db: Pick<PrismaClient, "$queryRaw">, orgId: string, kpiIds: string[]): Promise<Map<string, number[]>> {
  const series = await lastValues(db, orgId, kpiIds, TREND_LENGTH);
  return new Map([...series].map(([kpiId, points]) => [kpiId, points.map((point) => point.value)]));
}
