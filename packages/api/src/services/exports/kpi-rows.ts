import type { PrismaClient } from "@tally/db";
import type { ExportRow, KpiExportFilters, KpiExportKey } from "@tally/domain";
import type { Actor } from "../actor";
import { kpiListSelect, toKpiListRow, type KpiListRecord, type KpiListRow } from "../kpi/list";
import { kpiListOrder, kpiListQuery } from "../kpi/list-where";

export function kpiExportRow(kpi: KpiListRow): ExportRow<KpiExportKey> {
  return {
    id: kpi.id,
    code: kpi.code,
    name: kpi.name,
    category: kpi.category,
    unit: kpi.unit,
    currency: kpi.currency,
    direction: kpi.direction,
    cadence: kpi.cadence,
    owner: kpi.owner.name,
    team: kpi.team?.name ?? null,
    visibility: kpi.visibility,
    latest_period: kpi.latestPeriodStart,
    latest_value: kpi.latestValue,
    status: kpi.status,
    target: kpi.target?.target ?? null,
    target_min: kpi.target?.targetMin ?? null,
    target_max: kpi.target?.targetMax ?? null,
  };
}

/**
 * The rows of the KPI list as the actor sees it with these filters, in the list's order, read a batch at a time
 * by cursor (each query continues after the last row of the one before, never an offset that rescans).
 */
export async function kpiExportBatches(db: PrismaClient, actor: Actor, filters: KpiExportFilters, now: Date, batchSize: number): Promise<AsyncGenerator<ExportRow<KpiExportKey>[]>> {
  const { where, today, weekStart } = await kpiListQuery(db, actor, filters, now);
  const orderBy = kpiListOrder(filters.sort, filters.order);
  const select = kpiListSelect(today);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: KpiListRecord[] = await db.kpi.findMany({
        where,
        orderBy,
        take: batchSize,
        ...(after ? { cursor: { orgId_id: { orgId: actor.orgId, id: after } }, skip: 1 } : {}),
        select,
      });
      if (rows.length) yield rows.map((row) => kpiExportRow(toKpiListRow(row, today, weekStart)));
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return;
      after = last.id;
    }
  })();
}
