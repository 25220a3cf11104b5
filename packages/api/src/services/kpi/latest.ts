import type { Prisma } from "@tally/db";
import type { TargetEntry } from "@tally/domain";
import { textArray } from "../sql-arrays";
import { decimalNumber, isoDate } from "./decimal";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

export function toTargetEntries(
  rows: { effectiveFrom: Date; target: Prisma.Decimal | null; targetMin: Prisma.Decimal | null; targetMax: Prisma.Decimal | null; warning: Prisma.Decimal | null; tolerance: Prisma.Decimal | null }[],
): TargetEntry[] {
  return rows.map((row) => ({
    effectiveFrom: isoDate(row.effectiveFrom),
    target: decimalNumber(row.target),
    targetMin: decimalNumber(row.targetMin),
    targetMax: decimalNumber(row.targetMax),
    warning: decimalNumber(row.warning),
    tolerance: decimalNumber(row.tolerance),
  }));
}

/**
 * Copies each KPI's newest check-in — its period, value and judged status — onto the KPI, in one statement for
 * any number of KPIs, so lists can filter by status in SQL. Called in the transaction of every change to
 * check-ins or targets, after the changed check-ins were judged.
 */
export async function refreshLatestOf(tx: Tx, orgId: string, kpiIds: readonly string[]): Promise<void> {
  const ids = [...new Set(kpiIds)];
  if (!ids.length) return;
  await tx.$executeRaw`
    UPDATE "Kpi" k
    SET "latestPeriodStart" = newest."periodStart", "latestValue" = newest."value", "latestStatus" = newest."status"
    FROM unnest(${textArray(ids)}::text[]) AS u(id)
    LEFT JOIN LATERAL (
      SELECT "periodStart", "value", "status" FROM "CheckIn"
      WHERE "orgId" = ${orgId} AND "kpiId" = u.id
      ORDER BY "periodStart" DESC
      LIMIT 1
    ) newest ON true
    WHERE k."orgId" = ${orgId} AND k."id" = u.id
      AND (k."latestPeriodStart" IS DISTINCT FROM newest."periodStart" OR k."latestValue" IS DISTINCT FROM newest."value"
        OR k."latestStatus" IS DISTINCT FROM newest."status")`;
}
