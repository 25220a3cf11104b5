-- CreateEnum
CREATE TYPE "SecurityEventKind" AS ENUM ('sign_in', 'sign_in_failed', 'password_changed', 'password_reset');

-- DropIndex
DROP INDEX "Invitation_tokenHash_key";

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "lastSentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "UserSecurityEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "SecurityEventKind" NOT NULL,
    "ip" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSecurityEvent_userId_createdAt_idx" ON "UserSecurityEvent"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "UserSecurityEvent_userId_kind_ip_idx" ON "UserSecurityEvent"("userId", "kind", "ip");

-- CreateIndex
CREATE INDEX "UserSecurityEvent_createdAt_idx" ON "UserSecurityEvent"("createdAt");

-- CreateIndex
CREATE INDEX "Invitation_orgId_invitedByUserId_status_idx" ON "Invitation"("orgId", "invitedByUserId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_orgId_tokenHash_key" ON "Invitation"("orgId", "tokenHash");

-- CreateIndex
CREATE INDEX "MailOutbox_createdAt_idx" ON "MailOutbox"("createdAt");

-- CreateIndex
CREATE INDEX "PasswordResetToken_expiresAt_idx" ON "PasswordResetToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "UserSecurityEvent" ADD CONSTRAINT "UserSecurityEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
