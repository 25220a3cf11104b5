-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "status" "PeriodStatus";

-- Judge every existing check-in against the target in force for its period (the rule of check-in-status.ts).
    UPDATE "CheckIn" stored
    SET "status" = judged.status::"PeriodStatus"
    FROM (
      SELECT c."orgId", c."id",
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
  END AS status
      FROM "CheckIn" c
      JOIN "Kpi" k ON k."orgId" = c."orgId" AND k."id" = c."kpiId"
  LEFT JOIN LATERAL (
    SELECT * FROM "KpiTarget" t
    WHERE t."orgId" = c."orgId" AND t."kpiId" = c."kpiId"
    ORDER BY (t."effectiveFrom" <= c."periodStart") DESC,
             CASE WHEN t."effectiveFrom" <= c."periodStart" THEN t."effectiveFrom" END DESC NULLS LAST,
             t."effectiveFrom" ASC
    LIMIT 1
  ) t ON true
      WHERE TRUE
    ) judged
    WHERE stored."orgId" = judged."orgId" AND stored."id" = judged."id"
      AND stored."status"::text IS DISTINCT FROM judged.status
;

-- The KPIs' newest status now comes from their newest check-in's.
UPDATE "Kpi" k
SET "latestStatus" = c."status"
FROM "CheckIn" c
WHERE c."orgId" = k."orgId" AND c."kpiId" = k."id" AND c."periodStart" = k."latestPeriodStart"
  AND k."latestStatus" IS DISTINCT FROM c."status";
