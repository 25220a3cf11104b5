import { Prisma, type Cadence, type PrismaClient } from "@tally/db";
import { previousPeriodStart, samePeriodLastYear } from "@tally/domain";
import { textArray } from "../sql-arrays";
import { ANALYSED_VALUES, type SeriesPoint } from "./list-analysis";

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

/** What a row of the list shows beyond the KPI's own columns. */
export interface KpiListRowDetail {
  owner: { membershipId: string; name: string };
  team: { id: string; name: string } | null;
  target: { target: string | null; targetMin: string | null; targetMax: string | null } | null;
  /** The last values, oldest first: the trend line, the forecast and the signal are drawn from them. */
  points: SeriesPoint[];
  deltas: LatestDeltas;
}

interface PageKpi {
  id: string;
  ownerMembershipId: string;
  cadence: Cadence;
  /** "YYYY-MM-DD", or null without a value. */
  latestPeriodStart: string | null;
}

interface DetailRow {
  kpiId: string;
  ownerName: string;
  /** [id, name], or null without a team. */
  team: [string, string] | null;
  /** [target, targetMin, targetMax] in force, or null without one. */
  target: [string | null, string | null, string | null] | null;
  /** [period, value] pairs, oldest first; the values as double precision, what the analysis computes with. */
  points: [string, number][] | null;
  /** [previous change, its percent, year-before change, its percent]; null when not asked for. */
  deltas: [string | null, string | null, string | null, string | null] | null;
}

function delta(period: string | null, change: string | null, percent: string | null): LatestDelta | null {
  return period === null || change === null ? null : { periodStart: period, change, percent };
}

/**
 * Everything a page of the list shows beyond the KPIs' own columns, in one statement whatever the page's length
 * (`values` of them, and the deltas unless told otherwise):
 * owner and team, the target in force on `today`, the last values (read backwards along the (orgId, kpiId,
 * periodStart) index, so a long history costs nothing more), and the latest value against the period before it
 * and the same period a year earlier. The periods compared come from the domain's calendar, the differences from
 * SQL, exact; a KPI without a value in either period has no delta there (the rule of the KPI page's change).
 */
export async function kpiListRowDetails(
  db: Pick<PrismaClient, "$queryRaw">,
  orgId: string,
  kpis: readonly PageKpi[],
  today: string,
  weekStart: number,
  { values = ANALYSED_VALUES, deltas = true }: { values?: number; deltas?: boolean } = {},
): Promise<Map<string, KpiListRowDetail>> {
  if (kpis.length === 0) return new Map();
  const compared = kpis.map((kpi) => {
    const latest = kpi.latestPeriodStart;
    return {
      latest,
      previous: latest && previousPeriodStart(latest, kpi.cadence, weekStart),
      yearBefore: latest && samePeriodLastYear(latest, kpi.cadence, weekStart),
    };
  });
  const deltasSql = Prisma.sql`(SELECT json_build_array(
            trim_scale(v.latest - v.previous)::text, round((v.latest - v.previous) * 100 / NULLIF(abs(v.previous), 0), 1)::text,
            trim_scale(v.latest - v.year_before)::text, round((v.latest - v.year_before) * 100 / NULLIF(abs(v.year_before), 0), 1)::text)
     FROM (SELECT max(value) FILTER (WHERE "periodStart" = u.latest) AS latest,
                  max(value) FILTER (WHERE "periodStart" = u.previous) AS previous,
                  max(value) FILTER (WHERE "periodStart" = u.year_before) AS year_before
             FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id AND "periodStart" IN (u.latest, u.previous, u.year_before)) v)`;
  // Each part is a subquery of its own rather than a join: the planner then has no join order to search, which
  // cost more than running the statement.
  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT u.kpi_id AS "kpiId",
           (SELECT owner_user."name" FROM "Membership" owner JOIN "User" owner_user ON owner_user."id" = owner."userId"
             WHERE owner."orgId" = ${orgId} AND owner."id" = u.owner_id) AS "ownerName",
           (SELECT json_build_array(team."id", team."name") FROM "KpiTeam" kpi_team
              JOIN "Team" team ON team."orgId" = kpi_team."orgId" AND team."id" = kpi_team."teamId"
             WHERE kpi_team."orgId" = ${orgId} AND kpi_team."kpiId" = u.kpi_id) AS team,
           -- The target in force today; a schedule entry that starts later is not the target yet.
           (SELECT json_build_array(trim_scale("target")::text, trim_scale("targetMin")::text, trim_scale("targetMax")::text) FROM "KpiTarget"
             WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id AND "effectiveFrom" <= ${today}::date
             ORDER BY "effectiveFrom" DESC LIMIT 1) AS target,
           -- JSON, which the driver parses natively: two arrays of text cost twice as much to read.
           (SELECT json_agg(json_build_array(to_char(last."periodStart", 'YYYY-MM-DD'), last.value::float8) ORDER BY last."periodStart")
              FROM (SELECT "periodStart", value FROM "CheckIn" WHERE "orgId" = ${orgId} AND "kpiId" = u.kpi_id
                     ORDER BY "periodStart" DESC LIMIT ${values}) last) AS points,
           ${deltas ? deltasSql : Prisma.sql`NULL::json`} AS deltas
    FROM unnest(
      ${textArray(kpis.map((kpi) => kpi.id))}::text[],
      ${textArray(kpis.map((kpi) => kpi.ownerMembershipId))}::text[],
      ${textArray(compared.map((kpi) => kpi.latest))}::date[],
      ${textArray(compared.map((kpi) => kpi.previous))}::date[],
      ${textArray(compared.map((kpi) => kpi.yearBefore))}::date[]
    ) AS u(kpi_id, owner_id, latest, previous, year_before)`;
  const comparedById = new Map(kpis.map((kpi, index) => [kpi.id, compared[index]!]));
  const ownerOf = new Map(kpis.map((kpi) => [kpi.id, kpi.ownerMembershipId]));
  return new Map(
    rows.map((row) => {
      const { previous, yearBefore } = comparedById.get(row.kpiId)!;
      const [previousChange, previousPercent, yearBeforeChange, yearBeforePercent] = row.deltas ?? [null, null, null, null];
      return [
        row.kpiId,
        {
          owner: { membershipId: ownerOf.get(row.kpiId)!, name: row.ownerName },
          team: row.team && { id: row.team[0], name: row.team[1] },
          target: row.target && { target: row.target[0], targetMin: row.target[1], targetMax: row.target[2] },
          points: (row.points ?? []).map(([period, value]) => ({ period, value })),
          deltas: { previous: delta(previous, previousChange, previousPercent), yearBefore: delta(yearBefore, yearBeforeChange, yearBeforePercent) },
        },
      ];
    }),
  );
}
