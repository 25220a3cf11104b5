-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "activeCode" TEXT,
ADD COLUMN     "code" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_orgId_activeCode_key" ON "Kpi"("orgId", "activeCode");
