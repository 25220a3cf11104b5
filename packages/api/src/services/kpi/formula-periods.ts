import type { Prisma } from "@tally/db";
import { currentPeriodStart, evaluateFormula, previousPeriodStart, type Cadence, type FormulaNode, type FormulaOutcome } from "@tally/domain";

/** The `count` periods ending with the one `today` falls in, oldest first. */
export function recentPeriods(today: string, cadence: Cadence, weekStart: number, count: number): string[] {
  const periods = [currentPeriodStart(today, cadence, weekStart)];
  while (periods.length < count) periods.unshift(previousPeriodStart(periods[0]!, cadence, weekStart));
  return periods;
}

/** Stored values of `kpiIds` in `periods`, by KPI and period, read in one query. */
export async function valuesIn(db: Pick<Prisma.TransactionClient, "$queryRaw">, orgId: string, kpiIds: readonly string[], periods: readonly string[]) {
  const rows = await db.$queryRaw<{ kpiId: string; period: string; value: string }[]>`
    SELECT "kpiId", to_char("periodStart", 'YYYY-MM-DD') AS "period", "value"::text AS "value"
    FROM "CheckIn"
    WHERE "orgId" = ${orgId} AND "kpiId" = ANY(${[...kpiIds]}::text[]) AND "periodStart" = ANY(${[...periods]}::date[])`;
  const values = new Map<string, Map<string, string>>();
  for (const row of rows) values.set(row.kpiId, (values.get(row.kpiId) ?? new Map<string, string>()).set(row.period, row.value));
  return values;
}

/** What the formula gives in each period, from its inputs' stored values (input id by code). */
export function outcomesIn(ast: FormulaNode, inputs: ReadonlyMap<string, string>, values: Map<string, Map<string, string>>, periods: readonly string[]) {
  return new Map<string, FormulaOutcome>(
    periods.map((period) => {
      const known = new Map<string, string>();
      for (const [code, id] of inputs) {
        const value = values.get(id)?.get(period);
        if (value !== undefined) known.set(code, value);
      }
      return [period, evaluateFormula(ast, known)];
    }),
  );
}
