-- CreateIndex
CREATE INDEX "AuditEvent_schoolId_id_idx" ON "AuditEvent"("schoolId", "id");

-- CreateIndex
CREATE INDEX "CollectiveYearRecord_schoolId_startYear_idx" ON "CollectiveYearRecord"("schoolId", "startYear");

-- CreateIndex
CREATE INDEX "DisciplineRecord_schoolId_startYear_idx" ON "DisciplineRecord"("schoolId", "startYear");

-- CreateIndex
CREATE INDEX "PendingProceedingRecord_schoolId_idx" ON "PendingProceedingRecord"("schoolId");

-- CreateIndex
CREATE INDEX "ResearchRecord_schoolId_startYear_idx" ON "ResearchRecord"("schoolId", "startYear");
