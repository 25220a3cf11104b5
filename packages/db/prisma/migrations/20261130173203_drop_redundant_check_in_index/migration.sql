-- DropIndex
DROP INDEX "CheckIn_orgId_kpiId_periodStart_idx";
