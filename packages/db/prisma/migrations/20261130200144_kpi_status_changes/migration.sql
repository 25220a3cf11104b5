-- CreateEnum
CREATE TYPE "KpiStatus" AS ENUM ('on_track', 'at_risk', 'off_track', 'overdue', 'no_data');

-- CreateEnum
CREATE TYPE "StatusChangeRule" AS ENUM ('at_or_above_target', 'below_target_within_warning', 'below_warning', 'below_target', 'at_or_below_target', 'above_target_within_warning', 'above_warning', 'above_target', 'inside_range', 'outside_range_within_tolerance', 'outside_tolerance', 'outside_range', 'no_target', 'overdue', 'ended');

-- CreateTable
CREATE TABLE "KpiStatusChange" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "changedOn" DATE NOT NULL,
    "fromStatus" "KpiStatus" NOT NULL,
    "toStatus" "KpiStatus" NOT NULL,
    "rule" "StatusChangeRule" NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DECIMAL(24,6),
    "targetFrom" DATE,
    "target" DECIMAL(24,6),
    "targetMin" DECIMAL(24,6),
    "targetMax" DECIMAL(24,6),
    "warning" DECIMAL(24,6),
    "tolerance" DECIMAL(24,6),

    CONSTRAINT "KpiStatusChange_pkey" PRIMARY KEY ("orgId","kpiId","seq")
);

-- AddForeignKey
ALTER TABLE "KpiStatusChange" ADD CONSTRAINT "KpiStatusChange_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiStatusChange" ADD CONSTRAINT "KpiStatusChange_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
