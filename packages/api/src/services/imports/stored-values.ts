import type { Prisma } from "@tally/db";
import { valueKey, type ImportRowResult, type StoredValue } from "@tally/domain";
import { textArray } from "../sql-arrays";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Rows per statement: each statement reads the stored values of the KPIs once, so the fewer the better; the bound keeps messages modest. */
export const ROWS_PER_STATEMENT = 100_000;

/** A valid row of the file: its KPI, period, value and comment (null when the file has no comment column). */
export type ComparedRow = Pick<ImportRowResult, "kpiId" | "period" | "value" | "comment">;

function ordinalsIn(runs: string | null): number[] {
  const ordinals: number[] = [];
  for (const run of runs ? runs.split(",") : []) {
    const [low, high] = run.split("-").map(Number) as [number, number];
    for (let ordinal = low; ordinal <= high; ordinal += 1) ordinals.push(ordinal);
  }
  return ordinals;
}

/**
 * What is stored for each row's (KPI, period), in one statement per 100,000 rows (one pass over the stored values, however many rows). PostgreSQL compares each row
 * with its stored value itself and answers only what differs (with the stored value and comment) and, as runs of
 * row numbers, what is the same — so a file imported again costs a few bytes of answer, not one object per row.
 * Rows in neither answer have nothing stored. The map gives every stored row its stored value and comment (for a
 * row that is the same, those are the row's own), ready for `settleOutcomes`.
 */
export async function loadStoredValues(db: Reader, orgId: string, rows: readonly ComparedRow[]): Promise<Map<string, StoredValue>> {
  const stored = new Map<string, StoredValue>();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    const [answer] = await db.$queryRaw<{ same: string | null; differing: string | null }[]>`
      WITH u AS (
        SELECT * FROM unnest(${textArray(part.map((row) => row.kpiId))}::text[], ${textArray(part.map((row) => row.period))}::date[],
          ${textArray(part.map((row) => row.value))}::numeric[], ${textArray(part.map((row) => row.comment))}::text[]) WITH ORDINALITY AS u(kpi_id, period, value, comment, n)
      ), found AS (
        SELECT u.n, c."value" AS stored_value, c."comment" AS stored_comment, (c."value" = u.value AND (u.comment IS NULL OR c."comment" = u.comment)) AS same
        FROM u JOIN "CheckIn" c ON c."orgId" = ${orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period
      ), runs AS (
        SELECT min(n) AS low, max(n) AS high FROM (SELECT n, n - row_number() OVER (ORDER BY n) AS run FROM found WHERE same) numbered GROUP BY run
      )
      SELECT (SELECT string_agg(low || '-' || high, ',') FROM runs) AS same,
        (SELECT json_agg(json_build_array(n, stored_value::text, stored_comment)) FROM found WHERE NOT same)::text AS differing`;
    for (const ordinal of ordinalsIn(answer?.same ?? null)) {
      const row = part[ordinal - 1]!;
      stored.set(valueKey(row.kpiId!, row.period!), { value: row.value!, comment: row.comment ?? "" });
    }
    const differing = answer?.differing ? (JSON.parse(answer.differing) as [number, string, string][]) : [];
    for (const [ordinal, value, comment] of differing) {
      const row = part[ordinal - 1]!;
      stored.set(valueKey(row.kpiId!, row.period!), { value, comment });
    }
  }
  return stored;
}
