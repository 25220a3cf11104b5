-- CreateIndex
CREATE INDEX "Kpi_orgId_name_id_idx" ON "Kpi"("orgId", "name", "id");
