import type { Prisma } from "@tally/db";

type Reader = Pick<Prisma.TransactionClient, "actionKpi">;

/** Which of these KPIs have at least one open corrective action: an off-track or overdue KPI without one is flagged. */
export async function kpisWithOpenAction(db: Reader, orgId: string, kpiIds: readonly string[]): Promise<Set<string>> {
  if (!kpiIds.length) return new Set();
  const rows = await db.actionKpi.findMany({
    where: { orgId, kpiId: { in: [...kpiIds] }, action: { status: "open" } },
    select: { kpiId: true },
    distinct: ["kpiId"],
  });
  return new Set(rows.map((row) => row.kpiId));
}
