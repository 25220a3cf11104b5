import type { Cadence, PrismaClient } from "@tally/db";
import { previousPeriodStart, samePeriodLastYear } from "@tally/domain";
import { textArray } from "../sql-arrays";
import { isoDate } from "./decimal";

/** A latest value against an earlier period's: the difference, and that as a share of the earlier value. */
export interface LatestDelta {
  /** The period compared with, "YYYY-MM-DD". */
  periodStart: string;
  /** Latest minus the earlier value, exact. */
  change: string;
  /** The change in percent of the earlier value, to one decimal; null when that value is zero. */
  percent: string | null;
}

export interface LatestDeltas {
  previous: LatestDelta | null;
  yearBefore: LatestDelta | null;
}

interface DeltaRow {
  kpiId: string;
  previous: Date;
  previousChange: string | null;
  previousPercent: string | null;
  yearBefore: Date;
  yearBeforeChange: string | null;
  yearBeforePercent: string | null;
}

function toDelta(period: Date, change: string | null, percent: string | null): LatestDelta | null {
  return change === null ? null : { periodStart: isoDate(period), change, percent };
}

/**
 * Each KPI's latest value against the period before it and the same period a year earlier, for a page of the
 * list in one statement: the periods come from the domain's calendar, the values and differences from SQL.
 * A KPI without a value, or without one in the period compared with, has no delta there: the same rule as the
 * KPI page's change (the domain's periodChange), only in SQL and exact.
 */
export async function latestDeltas(
  db: Pick<PrismaClient, "$queryRaw">,
  orgId: string,
  kpis: readonly { id: string; cadence: Cadence; latestPeriodStart: Date | null }[],
  weekStart: number,
): Promise<Map<string, LatestDeltas>> {
  const valued = kpis.flatMap((kpi) => {
    if (!kpi.latestPeriodStart) return [];
    const latest = isoDate(kpi.latestPeriodStart);
    return [{ id: kpi.id, latest, previous: previousPeriodStart(latest, kpi.cadence, weekStart), yearBefore: samePeriodLastYear(latest, kpi.cadence, weekStart) }];
  });
  if (!valued.length) return new Map();
  const rows = await db.$queryRaw<DeltaRow[]>`
    SELECT u.kpi_id AS "kpiId",
           u.previous AS "previous",
           trim_scale(latest.value - previous.value)::text AS "previousChange",
           round((latest.value - previous.value) * 100 / NULLIF(abs(previous.value), 0), 1)::text AS "previousPercent",
           u.year_before AS "yearBefore",
           trim_scale(latest.value - year_before.value)::text AS "yearBeforeChange",
           round((latest.value - year_before.value) * 100 / NULLIF(abs(year_before.value), 0), 1)::text AS "yearBeforePercent"
    FROM unnest(
      ${textArray(valued.map((kpi) => kpi.id))}::text[],
      ${textArray(valued.map((kpi) => kpi.latest))}::date[],
      ${textArray(valued.map((kpi) => kpi.previous))}::date[],
      ${textArray(valued.map((kpi) => kpi.yearBefore))}::date[]
    ) AS u(kpi_id, latest, previous, year_before)
    JOIN LATERAL (
      SELECT value FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id AND "periodStart" = u.latest
    ) latest ON true
    LEFT JOIN LATERAL (
      SELECT value FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id AND "periodStart" = u.previous
    ) previous ON true
    LEFT JOIN LATERAL (
      SELECT value FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id AND "periodStart" = u.year_before
    ) year_before ON true`;
  return new Map(
    rows.map((row) => [
      row.kpiId,
      {
        previous: toDelta(row.previous, row.previousChange, row.previousPercent),
        yearBefore: toDelta(row.yearBefore, row.yearBeforeChange, row.yearBeforePercent),
      },
    ]),
  );
}
