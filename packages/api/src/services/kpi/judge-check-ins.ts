import { Prisma, judgeCheckInsStatement } from "@tally/db";
import { textArray } from "../sql-arrays";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Judges every check-in of these KPIs again: after their schedule or direction changed. */
export async function judgeAllCheckInsOf(tx: Tx, orgId: string, kpiIds: readonly string[]): Promise<void> {
  if (!kpiIds.length) return;
  await tx.$executeRaw(judgeCheckInsStatement(Prisma.sql`"CheckIn" c`, Prisma.sql`c."orgId" = ${orgId} AND c."kpiId" = ANY(${textArray([...new Set(kpiIds)])}::text[])`));
}

/** Judges the check-ins of these (KPI, period) pairs: after their values changed. */
export async function judgeCheckIns(tx: Tx, orgId: string, changes: readonly { kpiId: string; periodStart: string }[]): Promise<void> {
  if (!changes.length) return;
  await tx.$executeRaw(
    judgeCheckInsStatement(Prisma.sql`
      unnest(${textArray(changes.map((change) => change.kpiId))}::text[], ${textArray(changes.map((change) => change.periodStart))}::date[]) AS changed(kpi_id, period)
      JOIN "CheckIn" c ON c."orgId" = ${orgId} AND c."kpiId" = changed.kpi_id AND c."periodStart" = changed.period`),
  );
}
