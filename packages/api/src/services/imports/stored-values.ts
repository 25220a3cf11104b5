import type { Prisma } from "@tally/db";
import { valueKey, type StoredValue } from "@tally/domain";
import { textArray } from "../sql-arrays";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Pairs per statement: big enough for few round trips, small enough for modest messages. */
export const PAIRS_PER_STATEMENT = 25_000;

export interface PeriodPair {
  kpiId: string;
  period: string;
}

/**
 * The stored value and comment of each (KPI, period) pair, in one statement per 25,000 pairs: the pairs travel as
 * two arrays (each one text parameter) and are joined to the check-ins by their unique index; the answer comes
 * back as one JSON text rather than a row per value, which Prisma would turn into objects one by one.
 */
export async function loadStoredValues(db: Reader, orgId: string, pairs: readonly PeriodPair[]): Promise<Map<string, StoredValue>> {
  const stored = new Map<string, StoredValue>();
  for (let start = 0; start < pairs.length; start += PAIRS_PER_STATEMENT) {
    const part = pairs.slice(start, start + PAIRS_PER_STATEMENT);
    const [answer] = await db.$queryRaw<{ found: string | null }[]>`
      SELECT json_agg(json_build_array(c."kpiId", to_char(c."periodStart", 'YYYY-MM-DD'), c."value"::text, c."comment"))::text AS found
      FROM unnest(${textArray(part.map((pair) => pair.kpiId))}::text[], ${textArray(part.map((pair) => pair.period))}::date[]) AS u(kpi_id, period)
      JOIN "CheckIn" c ON c."orgId" = ${orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period`;
    const found = answer?.found ? (JSON.parse(answer.found) as [string, string, string, string][]) : [];
    for (const [kpiId, period, value, comment] of found) stored.set(valueKey(kpiId, period), { value, comment });
  }
  return stored;
}
