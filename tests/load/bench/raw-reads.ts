/**
 * The yardstick of each read: hand-written SQL through `pg` that answers the same question as the procedure, as one
 * statement where one will do, returning what the page needs (names, values, targets) rather than bare ids.
 */
import type pg from "pg";
import { currentPeriodStart, dueCutoff } from "@tally/domain";
import { myKpisSql, overviewSql } from "../support/overview-sql.ts";

type Queryable = Pick<pg.Pool, "query">;

/** Page 1 of the KPI list by name: the rows with owner, team, target in force, last twelve values and deltas, and the total. */
export async function kpiListSql(pool: Queryable, orgId: string, today: string) {
  const result = await pool.query(
    `WITH page AS (
       SELECT k.*, count(*) OVER () AS total FROM "Kpi" k WHERE k."orgId" = $1 AND k."archivedAt" IS NULL ORDER BY k."name", k."id" LIMIT 25)
     SELECT p."id", p."name", p."code", p."category", p."unit", p."decimals", p."direction", p."cadence", p."visibility", p."startDate", p."endDate",
       p."latestPeriodStart", p."latestValue"::text AS "latestValue", p."latestStatus", p.total::int AS total, u."name" AS owner, tm."id" AS "teamId", tm."name" AS team,
       (SELECT json_build_object('target', t."target"::text, 'targetMin', t."targetMin"::text, 'targetMax', t."targetMax"::text) FROM "KpiTarget" t
          WHERE t."orgId" = p."orgId" AND t."kpiId" = p."id" AND t."effectiveFrom" <= $2::date ORDER BY t."effectiveFrom" DESC LIMIT 1) AS target,
       ARRAY(SELECT v."value"::text FROM (SELECT c."value", c."periodStart" FROM "CheckIn" c WHERE c."orgId" = p."orgId" AND c."kpiId" = p."id"
          ORDER BY c."periodStart" DESC LIMIT 12) v ORDER BY v."periodStart") AS trend,
       (SELECT c."value"::text FROM "CheckIn" c WHERE c."orgId" = p."orgId" AND c."kpiId" = p."id" AND c."periodStart" < p."latestPeriodStart"
          ORDER BY c."periodStart" DESC LIMIT 1) AS previous,
       (SELECT c."value"::text FROM "CheckIn" c WHERE c."orgId" = p."orgId" AND c."kpiId" = p."id" AND c."periodStart" = p."latestPeriodStart" - 364) AS "yearBefore"
     FROM page p
     JOIN "Membership" m ON m."orgId" = p."orgId" AND m."id" = p."ownerMembershipId" JOIN "User" u ON u."id" = m."userId"
     LEFT JOIN "KpiTeam" kt ON kt."orgId" = p."orgId" AND kt."kpiId" = p."id" LEFT JOIN "Team" tm ON tm."orgId" = kt."orgId" AND tm."id" = kt."teamId"
     ORDER BY p."name", p."id"`,
    [orgId, today],
  );
  return { total: result.rows[0]?.total ?? 0, kpis: result.rows };
}

/** The KPI page: the definition with owner, team, contributors, objectives and schedule, the 24 newest values with their
 * recorders and revisions, and every value for the SMART check. */
export async function kpiGetSql(pool: Queryable, orgId: string, kpiId: string) {
  const result = await pool.query(
    `SELECT json_build_object(
       'kpi', to_jsonb(k) - 'activeName' - 'activeCode',
       'owner', (SELECT json_build_object('membershipId', m."id", 'name', u."name", 'email', u."email") FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
                 WHERE m."orgId" = k."orgId" AND m."id" = k."ownerMembershipId"),
       'team', (SELECT json_build_object('id', t."id", 'name', t."name", 'kind', t."kind") FROM "KpiTeam" kt JOIN "Team" t ON t."orgId" = kt."orgId" AND t."id" = kt."teamId"
                WHERE kt."orgId" = k."orgId" AND kt."kpiId" = k."id"),
       'contributors', (SELECT coalesce(json_agg(json_build_object('membershipId', m."id", 'name', u."name", 'email', u."email")), '[]') FROM "KpiContributor" x
                JOIN "Membership" m ON m."orgId" = x."orgId" AND m."id" = x."membershipId" JOIN "User" u ON u."id" = m."userId" WHERE x."orgId" = k."orgId" AND x."kpiId" = k."id"),
       'objectives', (SELECT coalesce(json_agg(json_build_object('id', o."id", 'name', o."name")), '[]') FROM "KpiObjective" ko
                JOIN "Objective" o ON o."orgId" = ko."orgId" AND o."id" = ko."objectiveId" WHERE ko."orgId" = k."orgId" AND ko."kpiId" = k."id"),
       'targets', (SELECT coalesce(json_agg(to_jsonb(t) - 'orgId' - 'kpiId' ORDER BY t."effectiveFrom"), '[]') FROM "KpiTarget" t WHERE t."orgId" = k."orgId" AND t."kpiId" = k."id"),
       'checkIns', (SELECT coalesce(json_agg(r ORDER BY r."periodStart" DESC), '[]') FROM (
                SELECT c."id", c."periodStart", c."value"::text AS value, c."comment", c."updatedAt", c."source", u."name" AS "recordedBy",
                  (SELECT coalesce(json_agg(json_build_object('id', v."id", 'value', v."value"::text, 'comment', v."comment", 'recordedAt', v."recordedAt") ORDER BY v."replacedAt" DESC), '[]')
                     FROM "CheckInRevision" v WHERE v."orgId" = c."orgId" AND v."checkInId" = c."id") AS revisions
                FROM "CheckIn" c JOIN "Membership" m ON m."orgId" = c."orgId" AND m."id" = c."recordedByMembershipId" JOIN "User" u ON u."id" = m."userId"
                WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id" ORDER BY c."periodStart" DESC LIMIT 24) r),
       'history', (SELECT coalesce(json_agg(c."value"::text ORDER BY c."periodStart"), '[]') FROM "CheckIn" c WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id")
     ) AS kpi
     FROM "Kpi" k WHERE k."orgId" = $1 AND k."id" = $2`,
    [orgId, kpiId],
  );
  return result.rows[0]?.kpi ?? null;
}

/** Due: every missing weekly period of the last twelve, KPIs with an overdue period first, at most 200 KPIs. */
export async function dueSql(pool: Queryable, orgId: string, today: string, weekStart: number) {
  const current = currentPeriodStart(today, "weekly", weekStart);
  const result = await pool.query(
    `WITH periods AS (SELECT generate_series($2::date - 77, $2::date, interval '7 days')::date AS period),
     missing AS (
       SELECT k."id", k."name", p.period, p.period <= $3::date AS overdue FROM "Kpi" k CROSS JOIN periods p
       WHERE k."orgId" = $1 AND k."archivedAt" IS NULL AND k."formula" IS NULL AND k."startDate" <= p.period
         AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."orgId" = $1 AND c."kpiId" = k."id" AND c."periodStart" = p.period)),
     listed AS (SELECT "id", "name", bool_or(overdue) AS any_overdue FROM missing GROUP BY 1, 2 ORDER BY any_overdue DESC, "name", "id" LIMIT 200)
     SELECT l."id", l."name", m.period, m.overdue, k."unit", k."decimals", k."cadence", k."latestValue"::text AS "lastValue", k."latestPeriodStart" AS "lastPeriodStart"
     FROM listed l JOIN missing m ON m."id" = l."id" JOIN "Kpi" k ON k."orgId" = $1 AND k."id" = l."id"
     ORDER BY l.any_overdue DESC, l."name", l."id", m.period DESC`,
    [orgId, current, dueCutoff("weekly", today, weekStart)],
  );
  return result.rows;
}

/** The review page: the review, and its agenda with each KPI's values in the period, its entries and its actions. */
export async function reviewSql(pool: Queryable, orgId: string, reviewId: string) {
  const result = await pool.query(
    `SELECT json_build_object(
       'review', to_jsonb(r),
       'participants', (SELECT coalesce(json_agg(json_build_object('membershipId', m."id", 'name', u."name")), '[]') FROM "ReviewParticipant" p
          JOIN "Membership" m ON m."orgId" = p."orgId" AND m."id" = p."membershipId" JOIN "User" u ON u."id" = m."userId" WHERE p."orgId" = r."orgId" AND p."reviewId" = r."id"),
       'items', (SELECT coalesce(json_agg(json_build_object(
            'kpiId', k."id", 'name', k."name", 'direction', k."direction", 'latestValue', k."latestValue"::text, 'latestStatus', k."latestStatus",
            'values', (SELECT coalesce(json_agg(json_build_array(c."periodStart", c."value"::text, c."status") ORDER BY c."periodStart"), '[]') FROM "CheckIn" c
                       WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id" AND c."periodStart" BETWEEN r."periodStart" AND r."periodEnd"),
            'entries', (SELECT coalesce(json_agg(to_jsonb(e) ORDER BY e."createdAt"), '[]') FROM "ReviewEntry" e WHERE e."orgId" = r."orgId" AND e."reviewId" = r."id" AND e."kpiId" = k."id"),
            'actions', (SELECT coalesce(json_agg(json_build_object('id', a."id", 'title', a."title", 'status', a."status")), '[]') FROM "ActionKpi" ak
                        JOIN "Action" a ON a."orgId" = ak."orgId" AND a."id" = ak."actionId" WHERE ak."orgId" = k."orgId" AND ak."kpiId" = k."id" AND a."status" = 'open')
          ) ORDER BY i."position"), '[]')
          FROM "ReviewItem" i JOIN "Kpi" k ON k."orgId" = i."orgId" AND k."id" = i."kpiId" WHERE i."orgId" = r."orgId" AND i."reviewId" = r."id")
     ) AS review
     FROM "Review" r WHERE r."orgId" = $1 AND r."id" = $2`,
    [orgId, reviewId],
  );
  return result.rows[0]?.review ?? null;
}

export { myKpisSql, overviewSql };
