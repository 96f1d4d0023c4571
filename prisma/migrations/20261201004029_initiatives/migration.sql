-- pg_trgm for the similar-initiatives search (hand-written, needed by the GIN index below).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('draft', 'submitted', 'withdrawn', 'under_review', 'scored', 'recognised', 'not_recognised');

-- AlterTable
ALTER TABLE "InitiativeRecord" ADD COLUMN     "afterFigures" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "appliedWhere" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "beforeFigures" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "benefits" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "decisionDocumentId" UUID,
ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "field" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "firstAppliedOn" DATE,
ADD COLUMN     "meanScore" DECIMAL(6,2),
ADD COLUMN     "novelty" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "problem" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "proposedUpward" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "schoolYearId" UUID,
ADD COLUMN     "scope" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "solution" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'import',
ADD COLUMN     "status" "InitiativeStatus" NOT NULL DEFAULT 'recognised',
ADD COLUMN     "submittedAt" TIMESTAMPTZ(6),
ADD COLUMN     "upperDecisionDate" DATE,
ADD COLUMN     "upperDecisionNumber" TEXT,
ADD COLUMN     "upperGrade" TEXT,
ADD COLUMN     "upperLevel" TEXT;

-- CreateTable
CREATE TABLE "InitiativeReview" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "reviewerStaffId" UUID NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "assignedById" UUID,
    "assignedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "InitiativeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeRecusal" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "InitiativeRecusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeScore" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "reviewerStaffId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "points" JSONB NOT NULL,
    "total" DECIMAL(6,2) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "correctionReason" TEXT,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "InitiativeScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeYearSetting" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "rules" JSONB NOT NULL,
    "scoringDueOn" DATE,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "InitiativeYearSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InitiativeReview_schoolId_reviewerStaffId_idx" ON "InitiativeReview"("schoolId", "reviewerStaffId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeReview_initiativeId_reviewerStaffId_key" ON "InitiativeReview"("initiativeId", "reviewerStaffId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeRecusal_initiativeId_staffId_key" ON "InitiativeRecusal"("initiativeId", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeScore_initiativeId_reviewerStaffId_version_key" ON "InitiativeScore"("initiativeId", "reviewerStaffId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeYearSetting_schoolYearId_key" ON "InitiativeYearSetting"("schoolYearId");

-- CreateIndex
CREATE INDEX "InitiativeRecord_schoolId_schoolYearId_status_idx" ON "InitiativeRecord"("schoolId", "schoolYearId", "status");

-- CreateIndex
CREATE INDEX "InitiativeRecord_searchText_trgm" ON "InitiativeRecord" USING GIN ("searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeReview" ADD CONSTRAINT "InitiativeReview_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeReview" ADD CONSTRAINT "InitiativeReview_initiativeId_schoolId_fkey" FOREIGN KEY ("initiativeId", "schoolId") REFERENCES "InitiativeRecord"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeReview" ADD CONSTRAINT "InitiativeReview_reviewerStaffId_schoolId_fkey" FOREIGN KEY ("reviewerStaffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRecusal" ADD CONSTRAINT "InitiativeRecusal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRecusal" ADD CONSTRAINT "InitiativeRecusal_initiativeId_schoolId_fkey" FOREIGN KEY ("initiativeId", "schoolId") REFERENCES "InitiativeRecord"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRecusal" ADD CONSTRAINT "InitiativeRecusal_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_initiativeId_schoolId_fkey" FOREIGN KEY ("initiativeId", "schoolId") REFERENCES "InitiativeRecord"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_reviewerStaffId_schoolId_fkey" FOREIGN KEY ("reviewerStaffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_submittedById_schoolId_fkey" FOREIGN KEY ("submittedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeYearSetting" ADD CONSTRAINT "InitiativeYearSetting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeYearSetting" ADD CONSTRAINT "InitiativeYearSetting_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Hand-written (issue 12, docs/decisions/012-one-initiative-model.md) ─────────────────────────────────────────

-- Similar initiatives: trigram similarity over a diacritic-folded text kept by a trigger (the same folding as
-- src/domain/text.ts foldForSearch: Vietnamese letters to ASCII, đ to d, lower case, single spaces).

CREATE OR REPLACE FUNCTION initiative_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(lower(translate(coalesce(t, ''), 'AàÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬEèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆIìÌíÍỉỈĩĨịỊOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢUùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰYỳỲýÝỷỶỹỸỵỴđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyydd')), '\s+', ' ', 'g'))
$$;

CREATE OR REPLACE FUNCTION initiative_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchTitle" := initiative_fold(NEW.title);
  NEW."searchText" := left(initiative_fold(concat_ws(' ', NEW.title, NEW.field, NEW.problem, NEW.solution, NEW.novelty)), 20000);
  RETURN NEW;
END $$;
CREATE TRIGGER initiative_search_text BEFORE INSERT OR UPDATE ON "InitiativeRecord" FOR EACH ROW EXECUTE FUNCTION initiative_search_text();
UPDATE "InitiativeRecord" SET title = title;

-- What the application writes, checked where it is stored.
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_source_check" CHECK (source IN ('import', 'submission'));
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_submission_year_check" CHECK (source = 'import' OR "schoolYearId" IS NOT NULL);
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_upper_level_check" CHECK ("upperLevel" IS NULL OR "upperLevel" IN ('thanh_pho', 'toan_quoc'));
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_recognised_check" CHECK (status <> 'recognised' OR "recognisedOn" IS NOT NULL OR source = 'import');
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_version_check" CHECK (version >= 1 AND total >= 0);
ALTER TABLE "InitiativeScore" ADD CONSTRAINT "InitiativeScore_correction_check" CHECK (version = 1 OR "correctionReason" IS NOT NULL);
ALTER TABLE "InitiativeRecusal" ADD CONSTRAINT "InitiativeRecusal_reason_check" CHECK (length(btrim(reason)) > 0);

-- A submitted score is never overwritten: a correction is the next version.
CREATE OR REPLACE FUNCTION initiative_score_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'InitiativeScore is append-only: a correction is a new version';
END $$;
CREATE TRIGGER initiative_score_append_only BEFORE UPDATE OR DELETE ON "InitiativeScore" FOR EACH ROW EXECUTE FUNCTION initiative_score_append_only();

-- A submitted initiative's shares are whole percentages summing to exactly 100, checked at commit (the authors of
-- one initiative are rewritten together inside one transaction).
CREATE OR REPLACE FUNCTION initiative_submission_shares() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  iid uuid;
  src text;
  total numeric;
  fractional boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN iid := OLD."initiativeId"; ELSE iid := NEW."initiativeId"; END IF;
  SELECT source INTO src FROM "InitiativeRecord" WHERE id = iid;
  IF src IS DISTINCT FROM 'submission' THEN RETURN NULL; END IF;
  SELECT coalesce(sum("sharePct"), 0), coalesce(bool_or("sharePct" <> trunc("sharePct")), false)
    INTO total, fractional FROM "InitiativeAuthorRecord" WHERE "initiativeId" = iid;
  IF total <> 100 OR fractional THEN
    RAISE EXCEPTION 'The contribution shares of initiative % must be whole percentages summing to 100 (they sum to %)', iid, total;
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER initiative_submission_shares AFTER INSERT OR UPDATE OR DELETE ON "InitiativeAuthorRecord"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_submission_shares();

-- The register and the file store learn the initiative council's documents and an initiative's attachments.
ALTER TABLE "IssuedDocument" DROP CONSTRAINT "IssuedDocument_subject_check";
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_subject_check"
  CHECK (("subject" IS NULL AND "subjectId" IS NULL) OR ("subject" IN ('Plan', 'RegistrationSummary', 'InitiativeMinutes', 'InitiativeDecision') AND "subjectId" IS NOT NULL));
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_ownerType_check";
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerType_check" CHECK ("ownerType" IN ('Movement', 'Registration', 'Initiative'));
