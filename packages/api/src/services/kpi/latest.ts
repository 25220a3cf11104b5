import type { Prisma } from "@tally/db";
import { periodStatus, targetFor, type KpiDirection, type TargetEntry } from "@tally/domain";
import { decimalNumber, isoDate } from "./decimal";

type Tx = Pick<Prisma.TransactionClient, "kpi" | "kpiTarget" | "checkIn">;

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
 * Brings the KPI's summary of its newest check-in up to date; called in the transaction of every change to
 * check-ins or targets, so lists can filter by status in SQL.
 */
export async function refreshLatest(tx: Tx, orgId: string, kpiId: string, direction: KpiDirection): Promise<void> {
  const [latest, targets] = await Promise.all([
    tx.checkIn.findFirst({ where: { orgId, kpiId }, orderBy: { periodStart: "desc" }, select: { periodStart: true, value: true } }),
    tx.kpiTarget.findMany({ where: { orgId, kpiId } }),
  ]);
  const entry = latest ? targetFor(toTargetEntries(targets), isoDate(latest.periodStart)) : null;
  await tx.kpi.update({
    where: { orgId_id: { orgId, id: kpiId } },
    data: {
      latestPeriodStart: latest?.periodStart ?? null,
      latestValue: latest?.value ?? null,
      latestStatus: latest && entry ? periodStatus(direction, latest.value.toNumber(), entry) : null,
    },
  });
}
