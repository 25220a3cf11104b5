-- CreateEnum
CREATE TYPE "CheckInSource" AS ENUM ('manual', 'import', 'api', 'formula');

-- CreateEnum
CREATE TYPE "ApiKeyScope" AS ENUM ('read', 'read_write');

-- CreateEnum
CREATE TYPE "IdempotencyStatus" AS ENUM ('in_progress', 'completed');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'delivered', 'failed');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('pending', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "apiKeyId" TEXT,
ADD COLUMN     "source" "CheckInSource" NOT NULL DEFAULT 'manual';

-- AlterTable
ALTER TABLE "CheckInRevision" ADD COLUMN     "apiKeyId" TEXT,
ADD COLUMN     "source" "CheckInSource" NOT NULL DEFAULT 'manual';

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "formula" TEXT;

-- CreateTable
CREATE TABLE "KpiFormulaInput" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "inputKpiId" TEXT NOT NULL,

    CONSTRAINT "KpiFormulaInput_pkey" PRIMARY KEY ("orgId","kpiId","inputKpiId")
);

-- CreateTable
CREATE TABLE "CheckInDeletion" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "comment" TEXT NOT NULL,
    "history" JSONB NOT NULL,
    "deletedByMembershipId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInDeletion_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scope" "ApiKeyScope" NOT NULL,
    "teamId" TEXT,
    "createdByMembershipId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "orgId" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" "IdempotencyStatus" NOT NULL DEFAULT 'in_progress',
    "responseStatus" INTEGER,
    "responseBody" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("orgId","apiKeyId","key")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "secretCiphertext" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdByMembershipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "orgId" TEXT,
    "kind" TEXT NOT NULL,
    "key" TEXT,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 8,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KpiFormulaInput_orgId_inputKpiId_idx" ON "KpiFormulaInput"("orgId", "inputKpiId");

-- CreateIndex
CREATE INDEX "CheckInDeletion_orgId_kpiId_periodStart_idx" ON "CheckInDeletion"("orgId", "kpiId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ApiKey_orgId_createdAt_idx" ON "ApiKey"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_orgId_createdAt_idx" ON "WebhookEndpoint"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WebhookDelivery_orgId_endpointId_createdAt_idx" ON "WebhookDelivery"("orgId", "endpointId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_orgId_endpointId_eventId_key" ON "WebhookDelivery"("orgId", "endpointId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "Job_orgId_kind_createdAt_idx" ON "Job"("orgId", "kind", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "KpiFormulaInput" ADD CONSTRAINT "KpiFormulaInput_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiFormulaInput" ADD CONSTRAINT "KpiFormulaInput_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiFormulaInput" ADD CONSTRAINT "KpiFormulaInput_orgId_inputKpiId_fkey" FOREIGN KEY ("orgId", "inputKpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDeletion" ADD CONSTRAINT "CheckInDeletion_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDeletion" ADD CONSTRAINT "CheckInDeletion_orgId_deletedByMembershipId_fkey" FOREIGN KEY ("orgId", "deletedByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_orgId_createdByMembershipId_fkey" FOREIGN KEY ("orgId", "createdByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_orgId_createdByMembershipId_fkey" FOREIGN KEY ("orgId", "createdByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_orgId_endpointId_fkey" FOREIGN KEY ("orgId", "endpointId") REFERENCES "WebhookEndpoint"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
