import { Prisma } from "./generated/prisma/client";

/**
 * The status of the check-in `c` against the target entry `t` in force for its period, in SQL with exact numeric
 * comparisons: the same rule as the domain's `statusOfPeriod`, null where the schedule lacks what the direction
 * needs. Kept beside the statement that stores it, so the stored status and the rule cannot drift apart unnoticed
 * (the API's integration tests compare the two on every kind of schedule).
 */
const JUDGED_STATUS = Prisma.sql`
  CASE
    WHEN t."effectiveFrom" IS NULL THEN NULL
    WHEN k."direction" = 'increase' THEN CASE
      WHEN t."target" IS NULL THEN NULL
      WHEN c."value" >= t."target" THEN 'on_track'
      WHEN t."warning" IS NOT NULL AND c."value" >= t."warning" THEN 'at_risk'
      ELSE 'off_track' END
    WHEN k."direction" = 'decrease' THEN CASE
      WHEN t."target" IS NULL THEN NULL
      WHEN c."value" <= t."target" THEN 'on_track'
      WHEN t."warning" IS NOT NULL AND c."value" <= t."warning" THEN 'at_risk'
      ELSE 'off_track' END
    ELSE CASE
      WHEN t."targetMin" IS NULL OR t."targetMax" IS NULL OR t."targetMin" > t."targetMax" THEN NULL
      WHEN c."value" BETWEEN t."targetMin" AND t."targetMax" THEN 'on_track'
      WHEN c."value" BETWEEN t."targetMin" - GREATEST(0, COALESCE(t."tolerance", 0))
                         AND t."targetMax" + GREATEST(0, COALESCE(t."tolerance", 0)) THEN 'at_risk'
      ELSE 'off_track' END
  END`;

/** The schedule entry a period is judged by: the newest that started by then, else the first (`targetFor`). */
const TARGET_IN_FORCE = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT * FROM "KpiTarget" t
    WHERE t."orgId" = c."orgId" AND t."kpiId" = c."kpiId"
    ORDER BY (t."effectiveFrom" <= c."periodStart") DESC,
             CASE WHEN t."effectiveFrom" <= c."periodStart" THEN t."effectiveFrom" END DESC NULLS LAST,
             t."effectiveFrom" ASC
    LIMIT 1
  ) t ON true`;

/**
 * Stores the judged status of the check-ins that `from` (a FROM item naming its check-ins `c`) yields and `where`
 * keeps, touching only those whose status changes.
 */
export function judgeCheckInsStatement(from: Prisma.Sql, where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    UPDATE "CheckIn" stored
    SET "status" = judged.status::"PeriodStatus"
    FROM (
      SELECT c."orgId", c."id", ${JUDGED_STATUS} AS status
      FROM ${from}
      JOIN "Kpi" k ON k."orgId" = c."orgId" AND k."id" = c."kpiId"
      ${TARGET_IN_FORCE}
      WHERE ${where}
    ) judged
    WHERE stored."orgId" = judged."orgId" AND stored."id" = judged."id"
      AND stored."status"::text IS DISTINCT FROM judged.status`;
}
