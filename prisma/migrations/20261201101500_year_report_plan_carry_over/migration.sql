-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "carryOver" JSONB,
ADD COLUMN     "lastEditedById" UUID;

-- CreateTable
CREATE TABLE "YearReport" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "YearReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "YearReport_schoolId_startYear_key" ON "YearReport"("schoolId", "startYear");

-- CreateIndex
CREATE UNIQUE INDEX "YearReport_id_schoolId_key" ON "YearReport"("id", "schoolId");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_lastEditedById_schoolId_fkey" FOREIGN KEY ("lastEditedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearReport" ADD CONSTRAINT "YearReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 15 §3, §7): a yearly report's school year and revision are sane; its issues are numbered in
-- the register as IssuedDocument rows whose subject is the report.
ALTER TABLE "YearReport" ADD CONSTRAINT "YearReport_startYear_check" CHECK ("startYear" BETWEEN 1900 AND 2200);
ALTER TABLE "YearReport" ADD CONSTRAINT "YearReport_revision_check" CHECK ("revision" >= 1);
ALTER TABLE "YearReport" ADD CONSTRAINT "YearReport_content_version_check" CHECK (jsonb_typeof("content") = 'object' AND "content" ? 'version');
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_carryOver_version_check" CHECK ("carryOver" IS NULL OR (jsonb_typeof("carryOver") = 'object' AND "carryOver" ? 'version'));
ALTER TABLE "IssuedDocument" DROP CONSTRAINT "IssuedDocument_subject_check";
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_subject_check"
  CHECK (("subject" IS NULL AND "subjectId" IS NULL) OR ("subject" IN ('Plan', 'RegistrationSummary', 'InitiativeMinutes', 'InitiativeDecision', 'Meeting', 'Complaint', 'YearReport') AND "subjectId" IS NOT NULL));
