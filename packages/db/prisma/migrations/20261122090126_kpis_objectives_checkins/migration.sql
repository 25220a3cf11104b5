-- CreateEnum
CREATE TYPE "KpiCategory" AS ENUM ('strategic', 'financial', 'operational', 'customer', 'employee', 'sales', 'marketing', 'project');

-- CreateEnum
CREATE TYPE "KpiUnit" AS ENUM ('number', 'percent', 'currency', 'duration', 'ratio', 'score');

-- CreateEnum
CREATE TYPE "DurationUnit" AS ENUM ('hours', 'days');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('increase', 'decrease', 'range');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('daily', 'weekly', 'monthly', 'quarterly', 'yearly');

-- CreateEnum
CREATE TYPE "KpiVisibility" AS ENUM ('organization', 'restricted');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('on_track', 'at_risk', 'off_track');

-- CreateTable
CREATE TABLE "Objective" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerMembershipId" TEXT NOT NULL,
    "dueDate" DATE,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "activeName" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "KpiCategory" NOT NULL,
    "unit" "KpiUnit" NOT NULL,
    "currency" TEXT,
    "durationUnit" "DurationUnit",
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "direction" "KpiDirection" NOT NULL,
    "baseline" DECIMAL(24,6),
    "cadence" "Cadence" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "ownerMembershipId" TEXT NOT NULL,
    "visibility" "KpiVisibility" NOT NULL DEFAULT 'organization',
    "benchmarkValue" DECIMAL(24,6),
    "benchmarkSource" TEXT,
    "templateKey" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "latestPeriodStart" DATE,
    "latestValue" DECIMAL(24,6),
    "latestStatus" "PeriodStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "KpiTeam" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "KpiTeam_pkey" PRIMARY KEY ("orgId","kpiId")
);

-- CreateTable
CREATE TABLE "KpiContributor" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "KpiContributor_pkey" PRIMARY KEY ("orgId","kpiId","membershipId")
);

-- CreateTable
CREATE TABLE "KpiObjective" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,

    CONSTRAINT "KpiObjective_pkey" PRIMARY KEY ("orgId","kpiId","objectiveId")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "target" DECIMAL(24,6),
    "targetMin" DECIMAL(24,6),
    "targetMax" DECIMAL(24,6),
    "warning" DECIMAL(24,6),
    "tolerance" DECIMAL(24,6),

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("orgId","kpiId","effectiveFrom")
);

-- CreateTable
CREATE TABLE "KpiRevision" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changedByUserId" TEXT,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiRevision_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "recordedByMembershipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "CheckInRevision" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "comment" TEXT NOT NULL,
    "recordedByMembershipId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInRevision_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateIndex
CREATE INDEX "Objective_orgId_dueDate_idx" ON "Objective"("orgId", "dueDate");

-- CreateIndex
CREATE INDEX "Kpi_orgId_archivedAt_category_idx" ON "Kpi"("orgId", "archivedAt", "category");

-- CreateIndex
CREATE INDEX "Kpi_orgId_ownerMembershipId_idx" ON "Kpi"("orgId", "ownerMembershipId");

-- CreateIndex
CREATE INDEX "Kpi_orgId_latestStatus_idx" ON "Kpi"("orgId", "latestStatus");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_orgId_activeName_key" ON "Kpi"("orgId", "activeName");

-- CreateIndex
CREATE INDEX "KpiTeam_orgId_teamId_idx" ON "KpiTeam"("orgId", "teamId");

-- CreateIndex
CREATE INDEX "KpiContributor_orgId_membershipId_idx" ON "KpiContributor"("orgId", "membershipId");

-- CreateIndex
CREATE INDEX "KpiObjective_orgId_objectiveId_idx" ON "KpiObjective"("orgId", "objectiveId");

-- CreateIndex
CREATE INDEX "KpiRevision_orgId_kpiId_createdAt_idx" ON "KpiRevision"("orgId", "kpiId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CheckIn_orgId_kpiId_periodStart_idx" ON "CheckIn"("orgId", "kpiId", "periodStart" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_orgId_kpiId_periodStart_key" ON "CheckIn"("orgId", "kpiId", "periodStart");

-- CreateIndex
CREATE INDEX "CheckInRevision_orgId_checkInId_idx" ON "CheckInRevision"("orgId", "checkInId");

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_orgId_ownerMembershipId_fkey" FOREIGN KEY ("orgId", "ownerMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_orgId_ownerMembershipId_fkey" FOREIGN KEY ("orgId", "ownerMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTeam" ADD CONSTRAINT "KpiTeam_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTeam" ADD CONSTRAINT "KpiTeam_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTeam" ADD CONSTRAINT "KpiTeam_orgId_teamId_fkey" FOREIGN KEY ("orgId", "teamId") REFERENCES "Team"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiContributor" ADD CONSTRAINT "KpiContributor_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiContributor" ADD CONSTRAINT "KpiContributor_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiContributor" ADD CONSTRAINT "KpiContributor_orgId_membershipId_fkey" FOREIGN KEY ("orgId", "membershipId") REFERENCES "Membership"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObjective" ADD CONSTRAINT "KpiObjective_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObjective" ADD CONSTRAINT "KpiObjective_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObjective" ADD CONSTRAINT "KpiObjective_orgId_objectiveId_fkey" FOREIGN KEY ("orgId", "objectiveId") REFERENCES "Objective"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiRevision" ADD CONSTRAINT "KpiRevision_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiRevision" ADD CONSTRAINT "KpiRevision_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_orgId_recordedByMembershipId_fkey" FOREIGN KEY ("orgId", "recordedByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_orgId_checkInId_fkey" FOREIGN KEY ("orgId", "checkInId") REFERENCES "CheckIn"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_orgId_recordedByMembershipId_fkey" FOREIGN KEY ("orgId", "recordedByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
