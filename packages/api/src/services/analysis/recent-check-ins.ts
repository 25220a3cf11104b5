import type { Prisma, PrismaClient } from "@tally/db";
import { periodLabel } from "@tally/domain";
import { decimalText, isoDate } from "../kpi/decimal";

const RECENT_ROWS = 8;

/** The values recorded or corrected last on the KPIs the member may see, newest first, in one query. */
export async function recentCheckIns(db: Pick<PrismaClient, "checkIn">, orgId: string, visible: Prisma.KpiWhereInput, weekStart: number) {
  const rows = await db.checkIn.findMany({
    // Eight rows from the newest along (orgId, updatedAt); joined relations would be built for every value first.
    relationLoadStrategy: "query",
    where: { orgId, kpi: visible },
    // Values saved together (an import) show their newest periods first.
    orderBy: [{ updatedAt: "desc" }, { periodStart: "desc" }, { id: "asc" }],
    take: RECENT_ROWS,
    select: {
      id: true,
      periodStart: true,
      value: true,
      status: true,
      updatedAt: true,
      recordedBy: { select: { user: { select: { name: true } } } },
      kpi: { select: { id: true, name: true, cadence: true, unit: true, currency: true, durationUnit: true, decimals: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kpi: { id: row.kpi.id, name: row.kpi.name, cadence: row.kpi.cadence },
    format: { unit: row.kpi.unit, currency: row.kpi.currency, durationUnit: row.kpi.durationUnit, decimals: row.kpi.decimals },
    periodStart: isoDate(row.periodStart),
    periodLabel: periodLabel(isoDate(row.periodStart), row.kpi.cadence, weekStart),
    value: decimalText(row.value)!,
    status: row.status,
    recordedBy: row.recordedBy.user.name,
    recordedAt: row.updatedAt,
  }));
}
