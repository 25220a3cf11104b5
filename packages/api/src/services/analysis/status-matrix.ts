import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_CATEGORIES, KPI_STATUSES, type KpiCategory } from "@tally/domain";
import { statusWhere } from "../kpi/list-where";
import type { StatusCounts } from "./status-history";

export interface StatusMatrix {
  /** KPIs in each status, over every category. */
  totals: StatusCounts;
  /** One row per category that holds a KPI, in the domain's category order. */
  rows: { category: KpiCategory; counts: StatusCounts; total: number }[];
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/**
 * The visible KPIs counted by category and status: one grouped count per status, each with the KPI list's own
 * status filter, so a cell holds exactly the rows the list shows for that category and status.
 */
export async function statusMatrix(db: Pick<PrismaClient, "kpi">, where: Prisma.KpiWhereInput, today: string, weekStart: number): Promise<StatusMatrix> {
  const grouped = await Promise.all(
    KPI_STATUSES.map((status) =>
      db.kpi.groupBy({ by: ["category"], where: { AND: [where, statusWhere(status, today, weekStart)] }, _count: { _all: true }, orderBy: { category: "asc" } }),
    ),
  );
  const totals = emptyStatusCounts();
  const byCategory = new Map<KpiCategory, StatusCounts>();
  KPI_STATUSES.forEach((status, index) => {
    for (const row of grouped[index] ?? []) {
      const counts = byCategory.get(row.category) ?? emptyStatusCounts();
      counts[status] = row._count._all;
      totals[status] += row._count._all;
      byCategory.set(row.category, counts);
    }
  });
  const rows = KPI_CATEGORIES.flatMap((category) => {
    const counts = byCategory.get(category);
    return counts ? [{ category, counts, total: KPI_STATUSES.reduce((sum, status) => sum + counts[status], 0) }] : [];
  });
  return { totals, rows };
}
