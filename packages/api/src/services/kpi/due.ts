import type { Cadence, DurationUnit, KpiUnit, PrismaClient } from "@tally/db";
import { periodLabel, recentCalendar, todayIn } from "@tally/domain";
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
 * each KPI's periods newest first. The periods come from the domain's calendar, one per cadence; which of them
 * fall within each KPI's dates and have no value is found in one statement. Periods follow the organization's calendar at `now`.
 */
export async function listDue(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: ["checkin.record"] });
  const today = todayIn(actor.timeZone, now);
  const recordable = await db.kpi.findMany({
    where: {
      AND: [
        { orgId: actor.orgId, archivedAt: null, formula: null, startDate: { lte: dateFromIso(today) } },
        kpiAccessWhere(actor.role, "checkin.record", scope),
      ],
    },
    select: { id: true, cadence: true },
  });
  if (!recordable.length) return [];
  // One calendar per cadence; each KPI takes the periods between its start and end dates, in the join below.
  const calendar = [...new Set(recordable.map((kpi) => kpi.cadence))].flatMap((cadence) =>
    recentCalendar(cadence, today, actor.weekStart).map((entry) => ({ cadence, ...entry })),
  );
  const rows = await db.$queryRaw<MissingRow[]>`
    WITH missing AS (
      SELECT k."id" AS kpi_id, c.period, c.overdue
      FROM unnest(${textArray(recordable.map((kpi) => kpi.id))}::text[]) AS r(id)
      JOIN "Kpi" k ON k."orgId" = ${actor.orgId} AND k."id" = r.id
      JOIN unnest(
        ${textArray(calendar.map((entry) => entry.cadence))}::text[],
        ${textArray(calendar.map((entry) => entry.period))}::date[],
        ${textArray(calendar.map((entry) => entry.next))}::date[],
        ${textArray(calendar.map((entry) => String(entry.overdue)))}::boolean[]
      ) AS c(cadence, period, next, overdue)
        ON c.cadence = k."cadence"::text AND c.next > k."startDate" AND (k."endDate" IS NULL OR c.period <= k."endDate")
      WHERE NOT EXISTS (
        SELECT 1 FROM "CheckIn" ci WHERE ci."orgId" = ${actor.orgId} AND ci."kpiId" = k."id" AND ci."periodStart" = c.period
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
