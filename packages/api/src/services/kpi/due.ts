import type { Cadence, DurationUnit, KpiUnit, PrismaClient } from "@tally/db";
import { isPeriodOverdue, periodLabel, recentPeriods, todayIn } from "@tally/domain";
import type { OrgActor } from "../actor";
import { textArray } from "../sql-arrays";
import { dateFromIso, isoDate, isoDateOrNull } from "./decimal";
import { kpiAccessWhere, loadActorScope } from "./scope";

/** The most KPIs the Due page lists at once; each brings up to a year of missing periods. */
const DUE_KPI_LIMIT = 200;

interface MissingRow {
  kpiId: string;
  name: string;
  unit: KpiUnit;
  currency: string | null;
  durationUnit: DurationUnit | null;
  decimals: number;
  cadence: Cadence;
  periodStart: Date;
  overdue: boolean;
  lastValue: string | null;
  lastPeriodStart: Date | null;
}

/**
 * Every period without a value of the KPIs the member may record — the current period and up to eleven before
 * it, from the KPI's first period on — one row per period: KPIs with an overdue period first, then by name, and
 * each KPI's periods newest first. The periods come from the domain's calendar; which of them have no value is
 * found in one statement. Periods follow the organization's calendar at `now`.
 */
export async function listDue(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId);
  const today = todayIn(actor.timeZone, now);
  const recordable = await db.kpi.findMany({
    where: {
      AND: [
        { orgId: actor.orgId, archivedAt: null, formula: null, startDate: { lte: dateFromIso(today) } },
        kpiAccessWhere(actor.role, "checkin.record", scope),
      ],
    },
    select: { id: true, cadence: true, startDate: true, endDate: true },
  });
  const candidates = recordable.flatMap((kpi) =>
    recentPeriods({ cadence: kpi.cadence, startDate: isoDate(kpi.startDate), endDate: isoDateOrNull(kpi.endDate), today, weekStart: actor.weekStart }).map(
      (period) => ({ kpiId: kpi.id, period, overdue: isPeriodOverdue(period, kpi.cadence, today, actor.weekStart) }),
    ),
  );
  if (!candidates.length) return [];
  const rows = await db.$queryRaw<MissingRow[]>`
    WITH missing AS (
      SELECT c.kpi_id, c.period, c.overdue
      FROM unnest(
        ${textArray(candidates.map((candidate) => candidate.kpiId))}::text[],
        ${textArray(candidates.map((candidate) => candidate.period))}::date[],
        ${textArray(candidates.map((candidate) => String(candidate.overdue)))}::boolean[]
      ) AS c(kpi_id, period, overdue)
      WHERE NOT EXISTS (
        SELECT 1 FROM "CheckIn" ci WHERE ci."orgId" = ${actor.orgId} AND ci."kpiId" = c.kpi_id AND ci."periodStart" = c.period
      )
    ), listed AS (
      SELECT k."id", k."name", bool_or(m.overdue) AS any_overdue
      FROM missing m
      JOIN "Kpi" k ON k."orgId" = ${actor.orgId} AND k."id" = m.kpi_id
      GROUP BY k."id", k."name"
      ORDER BY any_overdue DESC, k."name", k."id"
      LIMIT ${DUE_KPI_LIMIT}
    )
    SELECT k."id" AS "kpiId", k."name", k."unit", k."currency", k."durationUnit", k."decimals", k."cadence",
           m.period AS "periodStart", m.overdue, trim_scale(k."latestValue")::text AS "lastValue", k."latestPeriodStart" AS "lastPeriodStart"
    FROM listed l
    JOIN missing m ON m.kpi_id = l."id"
    JOIN "Kpi" k ON k."orgId" = ${actor.orgId} AND k."id" = l."id"
    ORDER BY l.any_overdue DESC, l."name", l."id", m.period DESC`;
  return rows.map((row) => {
    const periodStart = isoDate(row.periodStart);
    return {
      kpiId: row.kpiId,
      name: row.name,
      unit: row.unit,
      currency: row.currency,
      durationUnit: row.durationUnit,
      decimals: row.decimals,
      cadence: row.cadence,
      periodStart,
      periodLabel: periodLabel(periodStart, row.cadence, actor.weekStart),
      lastValue: row.lastValue,
      lastPeriodStart: isoDateOrNull(row.lastPeriodStart),
      overdue: row.overdue,
    };
  });
}
