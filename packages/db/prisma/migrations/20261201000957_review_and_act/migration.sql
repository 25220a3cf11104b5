-- CreateEnum
CREATE TYPE "ReviewScope" AS ENUM ('organization', 'team', 'objective', 'kpis');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "ReviewEntryKind" AS ENUM ('note', 'decision', 'adjustment');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('open', 'done', 'dropped');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('value_due', 'value_overdue', 'value_escalated', 'status_changed', 'forecast_miss', 'process_signal', 'action_assigned', 'review_invited', 'review_closed');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('in_app', 'email', 'off');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('none', 'daily', 'weekly');

-- CreateEnum
CREATE TYPE "ReminderStage" AS ENUM ('due', 'overdue', 'escalated_to_leads', 'escalated_to_admins');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "digest" "DigestFrequency" NOT NULL DEFAULT 'none',
ADD COLUMN     "lastDigestAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "escalateToAdminsAfterDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "escalateToLeadsAfterDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "Review" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scope" "ReviewScope" NOT NULL,
    "scopeId" TEXT,
    "scopeLabel" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'open',
    "createdByMembershipId" TEXT NOT NULL,
    "closedByMembershipId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "ReviewParticipant" (
    "orgId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "ReviewParticipant_pkey" PRIMARY KEY ("orgId","reviewId","membershipId")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "orgId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "frozen" JSONB,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("orgId","reviewId","kpiId")
);

-- CreateTable
CREATE TABLE "ReviewValue" (
    "orgId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "status" "PeriodStatus",
    "target" DECIMAL(24,6),
    "targetMin" DECIMAL(24,6),
    "targetMax" DECIMAL(24,6),
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewValue_pkey" PRIMARY KEY ("orgId","reviewId","kpiId","periodStart")
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "kpiId" TEXT,
    "kind" "ReviewEntryKind" NOT NULL,
    "text" TEXT NOT NULL,
    "change" JSONB,
    "kpiVersion" INTEGER,
    "authorMembershipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewEntry_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Action" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerMembershipId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'open',
    "reviewId" TEXT,
    "createdByMembershipId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "ActionKpi" (
    "orgId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,

    CONSTRAINT "ActionKpi_pkey" PRIMARY KEY ("orgId","actionId","kpiId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "orgId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "recipientMembershipId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "kpiId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "orgId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("orgId","membershipId","kind")
);

-- CreateTable
CREATE TABLE "KpiFollower" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "following" BOOLEAN NOT NULL,

    CONSTRAINT "KpiFollower_pkey" PRIMARY KEY ("orgId","kpiId","membershipId")
);

-- CreateTable
CREATE TABLE "KpiReminder" (
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "stage" "ReminderStage" NOT NULL,
    "recipients" JSONB NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiReminder_pkey" PRIMARY KEY ("orgId","kpiId","periodStart","stage")
);

-- CreateIndex
CREATE INDEX "Review_orgId_status_periodEnd_idx" ON "Review"("orgId", "status", "periodEnd" DESC);

-- CreateIndex
CREATE INDEX "ReviewParticipant_orgId_membershipId_idx" ON "ReviewParticipant"("orgId", "membershipId");

-- CreateIndex
CREATE INDEX "ReviewItem_orgId_kpiId_idx" ON "ReviewItem"("orgId", "kpiId");

-- CreateIndex
CREATE INDEX "ReviewValue_orgId_kpiId_periodStart_idx" ON "ReviewValue"("orgId", "kpiId", "periodStart");

-- CreateIndex
CREATE INDEX "ReviewEntry_orgId_reviewId_createdAt_idx" ON "ReviewEntry"("orgId", "reviewId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewEntry_orgId_kpiId_idx" ON "ReviewEntry"("orgId", "kpiId");

-- CreateIndex
CREATE INDEX "Action_orgId_ownerMembershipId_status_idx" ON "Action"("orgId", "ownerMembershipId", "status");

-- CreateIndex
CREATE INDEX "Action_orgId_reviewId_idx" ON "Action"("orgId", "reviewId");

-- CreateIndex
CREATE INDEX "ActionKpi_orgId_kpiId_idx" ON "ActionKpi"("orgId", "kpiId");

-- CreateIndex
CREATE INDEX "Notification_orgId_recipientMembershipId_createdAt_idx" ON "Notification"("orgId", "recipientMembershipId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_orgId_recipientMembershipId_dedupeKey_key" ON "Notification"("orgId", "recipientMembershipId", "dedupeKey");

-- CreateIndex
CREATE INDEX "KpiFollower_orgId_membershipId_idx" ON "KpiFollower"("orgId", "membershipId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_orgId_createdByMembershipId_fkey" FOREIGN KEY ("orgId", "createdByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_orgId_closedByMembershipId_fkey" FOREIGN KEY ("orgId", "closedByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewParticipant" ADD CONSTRAINT "ReviewParticipant_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewParticipant" ADD CONSTRAINT "ReviewParticipant_orgId_reviewId_fkey" FOREIGN KEY ("orgId", "reviewId") REFERENCES "Review"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewParticipant" ADD CONSTRAINT "ReviewParticipant_orgId_membershipId_fkey" FOREIGN KEY ("orgId", "membershipId") REFERENCES "Membership"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_orgId_reviewId_fkey" FOREIGN KEY ("orgId", "reviewId") REFERENCES "Review"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewValue" ADD CONSTRAINT "ReviewValue_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewValue" ADD CONSTRAINT "ReviewValue_orgId_reviewId_fkey" FOREIGN KEY ("orgId", "reviewId") REFERENCES "Review"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewValue" ADD CONSTRAINT "ReviewValue_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_orgId_reviewId_fkey" FOREIGN KEY ("orgId", "reviewId") REFERENCES "Review"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_orgId_authorMembershipId_fkey" FOREIGN KEY ("orgId", "authorMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_orgId_ownerMembershipId_fkey" FOREIGN KEY ("orgId", "ownerMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_orgId_createdByMembershipId_fkey" FOREIGN KEY ("orgId", "createdByMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionKpi" ADD CONSTRAINT "ActionKpi_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionKpi" ADD CONSTRAINT "ActionKpi_orgId_actionId_fkey" FOREIGN KEY ("orgId", "actionId") REFERENCES "Action"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionKpi" ADD CONSTRAINT "ActionKpi_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_orgId_recipientMembershipId_fkey" FOREIGN KEY ("orgId", "recipientMembershipId") REFERENCES "Membership"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_orgId_membershipId_fkey" FOREIGN KEY ("orgId", "membershipId") REFERENCES "Membership"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiFollower" ADD CONSTRAINT "KpiFollower_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiFollower" ADD CONSTRAINT "KpiFollower_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiFollower" ADD CONSTRAINT "KpiFollower_orgId_membershipId_fkey" FOREIGN KEY ("orgId", "membershipId") REFERENCES "Membership"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiReminder" ADD CONSTRAINT "KpiReminder_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiReminder" ADD CONSTRAINT "KpiReminder_orgId_kpiId_fkey" FOREIGN KEY ("orgId", "kpiId") REFERENCES "Kpi"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
