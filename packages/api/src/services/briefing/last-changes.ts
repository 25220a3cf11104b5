import type { PrismaClient } from "@tally/db";
import type { StatusChangeWithDecimalText } from "@tally/domain";
import { decimalText, isoDate } from "../kpi/decimal";

/** The newest stored status change of each KPI with the value and target it was judged by, in one query. */
export async function lastStatusChanges(db: Pick<PrismaClient, "kpiStatusChange">, orgId: string, kpiIds: readonly string[]): Promise<Map<string, StatusChangeWithDecimalText>> {
  if (!kpiIds.length) return new Map();
  const rows = await db.kpiStatusChange.findMany({
    where: { orgId, kpiId: { in: [...kpiIds] } },
    orderBy: [{ kpiId: "asc" }, { seq: "desc" }],
    distinct: ["kpiId"],
  });
  return new Map(
    rows.map((row) => [
      row.kpiId,
      {
        on: isoDate(row.changedOn),
        from: row.fromStatus,
        to: row.toStatus,
        rule: row.rule,
        periodStart: isoDate(row.periodStart),
        value: decimalText(row.value),
        target: row.targetFrom
          ? {
              effectiveFrom: isoDate(row.targetFrom),
              target: decimalText(row.target),
              targetMin: decimalText(row.targetMin),
              targetMax: decimalText(row.targetMax),
              warning: decimalText(row.warning),
              tolerance: decimalText(row.tolerance),
            }
          : null,
      },
    ]),
  );
}
