-- CreateTable
CREATE TABLE "RecordCoverage" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "declaredBy" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordCoverage_schoolId_kind_startYear_key" ON "RecordCoverage"("schoolId", "kind", "startYear");

-- AddForeignKey
ALTER TABLE "RecordCoverage" ADD CONSTRAINT "RecordCoverage_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 11): the record kinds the engine knows, and the declaring source; coverage changes verdicts,
-- so it bumps the school's facts version like every other fact table (issue 16).
ALTER TABLE "RecordCoverage" ADD CONSTRAINT "RecordCoverage_kind_check" CHECK ("kind" IN ('ratings', 'titles', 'discipline', 'initiatives', 'research'));
ALTER TABLE "RecordCoverage" ADD CONSTRAINT "RecordCoverage_source_check" CHECK ("source" IN ('page', 'import'));
ALTER TABLE "RecordCoverage" ADD CONSTRAINT "RecordCoverage_startYear_check" CHECK ("startYear" BETWEEN 1900 AND 2200);
SELECT track_facts_table('RecordCoverage');
