-- AlterTable
ALTER TABLE "KpiObjective" ADD COLUMN     "weight" DECIMAL(7,2) NOT NULL DEFAULT 1;

-- A weight of zero or less would make a roll-up meaningless. The schema cannot say so, the database can.
ALTER TABLE "KpiObjective" ADD CONSTRAINT "KpiObjective_weight_positive" CHECK ("weight" > 0);
