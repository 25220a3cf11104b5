import type { PrismaClient } from "@tally/db";
import { periodEnd, periodStatus, targetFor } from "@tally/domain";
import type { Actor } from "../actor";
import { dateFromIso, decimalText, isoDate } from "./decimal";
import { toTargetEntries } from "./latest";
import { authorizeKpiFor } from "./scope";

export interface ValuesQuery {
  /** First and last day of the range: a period is included when it starts within it. */
  from: string | null;
  to: string | null;
  /** The period start after which this page begins. */
  after: string | null;
  limit: number;
}

/**
 * A KPI's recorded values, oldest first, each with the status its period's target gives it. The KPI is checked
 * for the actor first: one it may not see is NOT_FOUND.
 */
export async function listKpiValues(db: PrismaClient, actor: Actor, kpiId: string, query: ValuesQuery) {
  await authorizeKpiFor(db, actor, kpiId, "kpi.view");
  const periodFilter = {
    ...(query.from ? { gte: dateFromIso(query.from) } : {}),
    ...(query.to ? { lte: dateFromIso(query.to) } : {}),
    ...(query.after ? { gt: dateFromIso(query.after) } : {}),
  };
  const [kpi, rows, targets] = await Promise.all([
    db.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: kpiId } }, select: { cadence: true, direction: true } }),
    db.checkIn.findMany({
      where: { orgId: actor.orgId, kpiId, periodStart: periodFilter },
      orderBy: { periodStart: "asc" },
      take: query.limit + 1,
      select: { periodStart: true, value: true, comment: true, source: true, updatedAt: true },
    }),
    db.kpiTarget.findMany({ where: { orgId: actor.orgId, kpiId } }),
  ]);
  const entries = toTargetEntries(targets);
  const page = rows.slice(0, query.limit);
  return {
    values: page.map((row) => {
      const period = isoDate(row.periodStart);
      const target = targetFor(entries, period);
      return {
        periodStart: period,
        periodEnd: periodEnd(period, kpi.cadence, actor.weekStart),
        value: decimalText(row.value)!,
        comment: row.comment,
        source: row.source,
        status: target ? periodStatus(kpi.direction, row.value.toNumber(), target) : null,
        recordedAt: row.updatedAt,
      };
    }),
    nextAfter: rows.length > query.limit ? (page.at(-1)?.periodStart ? isoDate(page.at(-1)!.periodStart) : null) : null,
  };
}
