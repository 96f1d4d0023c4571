-- CreateEnum
CREATE TYPE "ContestState" AS ENUM ('draft', 'open', 'closed', 'published');

-- CreateEnum
CREATE TYPE "ContestPrize" AS ENUM ('nhat', 'nhi', 'ba', 'khuyen_khich');

-- CreateTable
CREATE TABLE "Contest" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "state" "ContestState" NOT NULL DEFAULT 'draft',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "openedAt" TIMESTAMPTZ(6),
    "openedById" UUID,
    "closedAt" TIMESTAMPTZ(6),
    "closedById" UUID,
    "publishedAt" TIMESTAMPTZ(6),
    "publishedById" UUID,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestEntry" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "contestId" UUID NOT NULL,
    "authorStaffId" UUID NOT NULL,
    "coAuthors" TEXT,
    "title" TEXT NOT NULL,
    "exemplarId" UUID,
    "subjectName" TEXT,
    "body" TEXT,
    "submittedAt" TIMESTAMPTZ(6) NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(6),
    "score" DECIMAL(4,1),
    "prize" "ContestPrize",
    "judgeComment" TEXT,
    "scoredAt" TIMESTAMPTZ(6),
    "scoredById" UUID,

    CONSTRAINT "ContestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Contest_schoolId_schoolYearId_idx" ON "Contest"("schoolId", "schoolYearId");

-- CreateIndex
CREATE UNIQUE INDEX "Contest_id_schoolId_key" ON "Contest"("id", "schoolId");

-- CreateIndex
CREATE INDEX "ContestEntry_schoolId_contestId_idx" ON "ContestEntry"("schoolId", "contestId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_contestId_authorStaffId_key" ON "ContestEntry"("contestId", "authorStaffId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_id_schoolId_key" ON "ContestEntry"("id", "schoolId");

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_createdById_schoolId_fkey" FOREIGN KEY ("createdById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_openedById_schoolId_fkey" FOREIGN KEY ("openedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_closedById_schoolId_fkey" FOREIGN KEY ("closedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_publishedById_schoolId_fkey" FOREIGN KEY ("publishedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_contestId_schoolId_fkey" FOREIGN KEY ("contestId", "schoolId") REFERENCES "Contest"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_authorStaffId_schoolId_fkey" FOREIGN KEY ("authorStaffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_exemplarId_schoolId_fkey" FOREIGN KEY ("exemplarId", "schoolId") REFERENCES "Exemplar"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_scoredById_schoolId_fkey" FOREIGN KEY ("scoredById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 15 §4, ADR 021): the database guards the contest's invariants.
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_lengths_check" CHECK (
  char_length(btrim("title")) BETWEEN 1 AND 300 AND char_length(btrim("rules")) BETWEEN 1 AND 20000);
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_window_check" CHECK ("closesOn" >= "opensOn");
-- Each step says who and when, all or nothing, and a state carries every step that leads to it.
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_steps_check" CHECK (
  num_nonnulls("openedAt", "openedById") IN (0, 2)
  AND num_nonnulls("closedAt", "closedById") IN (0, 2)
  AND num_nonnulls("publishedAt", "publishedById") IN (0, 2));
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_state_check" CHECK (
  ("state" = 'draft' AND "openedAt" IS NULL AND "closedAt" IS NULL AND "publishedAt" IS NULL)
  OR ("state" = 'open' AND "openedAt" IS NOT NULL AND "closedAt" IS NULL AND "publishedAt" IS NULL)
  OR ("state" = 'closed' AND "openedAt" IS NOT NULL AND "closedAt" IS NOT NULL AND "publishedAt" IS NULL)
  OR ("state" = 'published' AND "openedAt" IS NOT NULL AND "closedAt" IS NOT NULL AND "publishedAt" IS NOT NULL));

ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_lengths_check" CHECK (
  char_length(btrim("title")) BETWEEN 1 AND 300
  AND ("coAuthors" IS NULL OR char_length(btrim("coAuthors")) BETWEEN 1 AND 500)
  AND ("subjectName" IS NULL OR char_length(btrim("subjectName")) BETWEEN 1 AND 200)
  AND ("body" IS NULL OR char_length(btrim("body")) BETWEEN 1 AND 30000)
  AND ("judgeComment" IS NULL OR char_length(btrim("judgeComment")) BETWEEN 1 AND 2000));
-- The entry is about an exemplar of the school or a named person, not both.
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_subject_check" CHECK (num_nonnulls("exemplarId", "subjectName") <= 1);
-- A score is 0–100 with one decimal (the column's scale), given with who and when; a prize needs a score; a
-- withdrawn entry is neither scored nor awarded.
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_score_check" CHECK (
  ("score" IS NULL OR "score" BETWEEN 0 AND 100)
  AND num_nonnulls("score", "scoredAt", "scoredById") IN (0, 3)
  AND ("prize" IS NULL OR "score" IS NOT NULL)
  AND ("judgeComment" IS NULL OR "score" IS NOT NULL)
  AND ("withdrawnAt" IS NULL OR ("score" IS NULL AND "prize" IS NULL)));

-- Contest entries may carry a file (PDF or DOCX): every owner type so far is kept.
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_ownerType_check";
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerType_check" CHECK ("ownerType" IN ('Movement', 'Registration', 'Initiative', 'Complaint', 'Nomination', 'Exemplar', 'ContestEntry'));
