import type { Prisma } from "@tally/db";
import { valueKey, type StoredValue } from "@tally/domain";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Pairs per statement: big enough for few round trips, small enough for modest messages. */
export const PAIRS_PER_STATEMENT = 25_000;

export interface PeriodPair {
  kpiId: string;
  period: string;
}

/**
 * The stored value and comment of each (KPI, period) pair, in one statement per 25,000 pairs: the pairs travel as
 * two arrays and are joined to the check-ins by their unique index.
 */
export async function loadStoredValues(db: Reader, orgId: string, pairs: readonly PeriodPair[]): Promise<Map<string, StoredValue>> {
  const stored = new Map<string, StoredValue>();
  for (let start = 0; start < pairs.length; start += PAIRS_PER_STATEMENT) {
    const part = pairs.slice(start, start + PAIRS_PER_STATEMENT);
    const rows = await db.$queryRaw<{ kpiId: string; period: string; value: string; comment: string }[]>`
      SELECT c."kpiId", to_char(c."periodStart", 'YYYY-MM-DD') AS period, c."value"::text AS value, c."comment"
      FROM unnest(${part.map((pair) => pair.kpiId)}::text[], ${part.map((pair) => pair.period)}::date[]) AS u(kpi_id, period)
      JOIN "CheckIn" c ON c."orgId" = ${orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period`;
    for (const row of rows) stored.set(valueKey(row.kpiId, row.period), { value: row.value, comment: row.comment });
  }
  return stored;
}
