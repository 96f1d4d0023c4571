-- CreateEnum
CREATE TYPE "ExemplarKind" AS ENUM ('dien_hinh_tien_tien', 'nguoi_tot_viec_tot');

-- CreateEnum
CREATE TYPE "ExemplarStatus" AS ENUM ('draft', 'published', 'withdrawn');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('written_form', 'signed_paper', 'in_app');

-- CreateTable
CREATE TABLE "Exemplar" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "kind" "ExemplarKind" NOT NULL,
    "staffId" UUID,
    "collectiveId" UUID,
    "subjectName" TEXT,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "deedOn" DATE,
    "status" "ExemplarStatus" NOT NULL DEFAULT 'draft',
    "consentBy" TEXT,
    "consentOn" DATE,
    "consentMethod" "ConsentMethod",
    "consentWithdrawnAt" TIMESTAMPTZ(6),
    "publishedAt" TIMESTAMPTZ(6),
    "publishedById" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Exemplar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Exemplar_schoolId_schoolYearId_status_idx" ON "Exemplar"("schoolId", "schoolYearId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Exemplar_id_schoolId_key" ON "Exemplar"("id", "schoolId");

-- AddForeignKey
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_collectiveId_schoolId_fkey" FOREIGN KEY ("collectiveId", "schoolId") REFERENCES "Collective"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_publishedById_schoolId_fkey" FOREIGN KEY ("publishedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly one subject: a staff member, a collective, or a free-text name (a student, a parent).
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_subject_check" CHECK (num_nonnulls("staffId", "collectiveId", "subjectName") = 1);
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_lengths_check" CHECK (
  char_length(btrim("title")) BETWEEN 1 AND 200
  AND char_length(btrim("story")) BETWEEN 1 AND 20000
  AND ("subjectName" IS NULL OR char_length(btrim("subjectName")) BETWEEN 1 AND 200)
  AND ("consentBy" IS NULL OR char_length(btrim("consentBy")) BETWEEN 1 AND 200));
-- A consent is recorded whole (who, when, how) or not at all; only a recorded consent can be withdrawn.
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_consent_check" CHECK (
  num_nonnulls("consentBy", "consentOn", "consentMethod") IN (0, 3)
  AND ("consentWithdrawnAt" IS NULL OR "consentBy" IS NOT NULL));
-- Published ⇒ consent recorded and not withdrawn, with who published it and when (the public page relies on this).
ALTER TABLE "Exemplar" ADD CONSTRAINT "Exemplar_published_check" CHECK (
  "status" <> 'published'
  OR ("consentBy" IS NOT NULL AND "consentWithdrawnAt" IS NULL AND "publishedAt" IS NOT NULL AND "publishedById" IS NOT NULL));

-- Exemplar photos are stored files too.
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_ownerType_check";
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerType_check" CHECK ("ownerType" IN ('Movement', 'Registration', 'Initiative', 'Complaint', 'Nomination', 'Exemplar'));
