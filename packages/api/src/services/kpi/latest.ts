import type { Prisma } from "@tally/db";
import { periodStatus, targetFor, type KpiDirection, type TargetEntry } from "@tally/domain";
import { textArray } from "../sql-arrays";
import { decimalNumber, isoDate } from "./decimal";

type Tx = Pick<Prisma.TransactionClient, "kpi" | "kpiTarget" | "$queryRaw" | "$executeRaw">;

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
 * Brings the KPIs' summaries of their newest check-ins up to date, for any number of KPIs in a fixed number of
 * statements: the newest check-in of each by its index, the target schedules, then one update of the KPIs whose
 * summary changed. Called in the transaction of every change to check-ins or targets, so lists can filter by
 * status in SQL. `directions` saves a query when the caller knows them (a direction being changed, say).
 */
export async function refreshLatestOf(tx: Tx, orgId: string, kpiIds: readonly string[], directions?: ReadonlyMap<string, KpiDirection>): Promise<void> {
  const ids = [...new Set(kpiIds)];
  if (!ids.length) return;
  // One after the other: statements of one transaction share its connection.
  const latest = await tx.$queryRaw<{ id: string; period: string | null; value: string | null }[]>`
    SELECT k.id, to_char(c."periodStart", 'YYYY-MM-DD') AS period, c."value"::text AS value
    FROM unnest(${textArray(ids)}::text[]) AS k(id)
    LEFT JOIN LATERAL (
      SELECT "periodStart", "value" FROM "CheckIn"
      WHERE "orgId" = ${orgId} AND "kpiId" = k.id
      ORDER BY "periodStart" DESC
      LIMIT 1
    ) c ON true`;
  const targets = await tx.kpiTarget.findMany({ where: { orgId, kpiId: { in: ids } } });
  const kpis = directions ? null : await tx.kpi.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, direction: true } });
  const directionOf = directions ?? new Map(kpis!.map((kpi) => [kpi.id, kpi.direction]));
  const targetsOf = new Map<string, typeof targets>();
  for (const target of targets) targetsOf.set(target.kpiId, [...(targetsOf.get(target.kpiId) ?? []), target]);
  const statuses = latest.map((row) => {
    const direction = directionOf.get(row.id);
    if (!row.period || row.value === null || !direction) return null;
    const entry = targetFor(toTargetEntries(targetsOf.get(row.id) ?? []), row.period);
    return entry ? periodStatus(direction, Number(row.value), entry) : null;
  });
  await tx.$executeRaw`
    UPDATE "Kpi" k
    SET "latestPeriodStart" = u.period, "latestValue" = u.value, "latestStatus" = u.status::"PeriodStatus"
    FROM unnest(${textArray(latest.map((row) => row.id))}::text[], ${textArray(latest.map((row) => row.period))}::date[], ${textArray(latest.map((row) => row.value))}::numeric[], ${textArray(statuses)}::text[]) AS u(id, period, value, status)
    WHERE k."orgId" = ${orgId} AND k.id = u.id
      AND (k."latestPeriodStart" IS DISTINCT FROM u.period OR k."latestValue" IS DISTINCT FROM u.value OR k."latestStatus"::text IS DISTINCT FROM u.status)`;
}

/** One KPI's summary, for callers that change a single KPI. */
export async function refreshLatest(tx: Tx, orgId: string, kpiId: string, direction: KpiDirection): Promise<void> {
  await refreshLatestOf(tx, orgId, [kpiId], new Map([[kpiId, direction]]));
}
