-- CreateIndex
CREATE INDEX "CheckIn_orgId_updatedAt_idx" ON "CheckIn"("orgId", "updatedAt");
