-- CreateEnum
CREATE TYPE "PostingCommentSource" AS ENUM ('staff', 'public');

-- CreateEnum
CREATE TYPE "PostingCommentStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('khieu_nai', 'to_cao', 'kien_nghi');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('direct', 'post', 'email', 'posting', 'other');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('received', 'in_progress', 'settled');

-- CreateTable
CREATE TABLE "PublicPosting" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "approvalId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "basis" JSONB NOT NULL,
    "publicToken" TEXT NOT NULL,
    "publishedById" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "PublicPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingComment" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "postingId" UUID NOT NULL,
    "source" "PostingCommentSource" NOT NULL,
    "authorName" TEXT NOT NULL,
    "contact" TEXT,
    "authorUserId" UUID,
    "body" TEXT NOT NULL,
    "addressHash" TEXT,
    "status" "PostingCommentStatus" NOT NULL DEFAULT 'pending',
    "moderationNote" TEXT,
    "moderatedById" UUID,
    "moderatedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "PostingComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "nominationId" UUID,
    "approvalId" UUID,
    "receivedOn" DATE NOT NULL,
    "senderName" TEXT NOT NULL,
    "senderContact" TEXT,
    "channel" "ComplaintChannel" NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "complex" BOOLEAN NOT NULL DEFAULT false,
    "remoteArea" BOOLEAN NOT NULL DEFAULT false,
    "dueOn" DATE NOT NULL,
    "deadlineBasis" JSONB NOT NULL,
    "assigneeStaffId" UUID,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'received',
    "outcome" TEXT,
    "settledOn" DATE,
    "replyDocumentId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicPosting_publicToken_key" ON "PublicPosting"("publicToken");

-- CreateIndex
CREATE INDEX "PublicPosting_schoolId_idx" ON "PublicPosting"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicPosting_approvalId_key" ON "PublicPosting"("approvalId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicPosting_approvalId_schoolId_key" ON "PublicPosting"("approvalId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicPosting_id_schoolId_key" ON "PublicPosting"("id", "schoolId");

-- CreateIndex
CREATE INDEX "PostingComment_postingId_createdAt_idx" ON "PostingComment"("postingId", "createdAt");

-- CreateIndex
CREATE INDEX "PostingComment_addressHash_createdAt_idx" ON "PostingComment"("addressHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_replyDocumentId_key" ON "Complaint"("replyDocumentId");

-- CreateIndex
CREATE INDEX "Complaint_schoolId_schoolYearId_status_idx" ON "Complaint"("schoolId", "schoolYearId", "status");

-- CreateIndex
CREATE INDEX "Complaint_nominationId_idx" ON "Complaint"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_id_schoolId_key" ON "Complaint"("id", "schoolId");

-- AddForeignKey
ALTER TABLE "PublicPosting" ADD CONSTRAINT "PublicPosting_approvalId_schoolId_fkey" FOREIGN KEY ("approvalId", "schoolId") REFERENCES "NominationApproval"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingComment" ADD CONSTRAINT "PostingComment_postingId_schoolId_fkey" FOREIGN KEY ("postingId", "schoolId") REFERENCES "PublicPosting"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_nominationId_schoolId_fkey" FOREIGN KEY ("nominationId", "schoolId") REFERENCES "Nomination"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_approvalId_schoolId_fkey" FOREIGN KEY ("approvalId", "schoolId") REFERENCES "NominationApproval"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_assigneeStaffId_schoolId_fkey" FOREIGN KEY ("assigneeStaffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_replyDocumentId_fkey" FOREIGN KEY ("replyDocumentId") REFERENCES "IssuedDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: integrity of the posting and complaint rows (issue 13 points 6–7).
ALTER TABLE "PublicPosting" ADD CONSTRAINT "PublicPosting_period_check" CHECK ("endsOn" >= "startsOn" AND "workingDays" > 0);
ALTER TABLE "PublicPosting" ADD CONSTRAINT "PublicPosting_token_check" CHECK ("publicToken" ~ '^[A-Za-z0-9_-]{43}$');
-- A public comment has a hashed address and no account; a staff comment has its account.
ALTER TABLE "PostingComment" ADD CONSTRAINT "PostingComment_source_check" CHECK (
  ("source" = 'public' AND "addressHash" IS NOT NULL AND "authorUserId" IS NULL) OR ("source" = 'staff' AND "authorUserId" IS NOT NULL));
-- A rejection carries its reason; a moderated comment says who and when.
ALTER TABLE "PostingComment" ADD CONSTRAINT "PostingComment_moderation_check" CHECK (
  ("status" = 'pending' AND "moderatedAt" IS NULL) OR ("status" = 'accepted' AND "moderatedAt" IS NOT NULL)
  OR ("status" = 'rejected' AND "moderatedAt" IS NOT NULL AND "moderationNote" IS NOT NULL));
-- A letter is about exactly one thing: a nomination or an approved list.
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_subject_check" CHECK (num_nonnulls("nominationId", "approvalId") = 1);
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_settled_check" CHECK (
  ("status" = 'settled') = ("settledOn" IS NOT NULL) AND ("status" <> 'settled' OR "outcome" IS NOT NULL));
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_due_check" CHECK ("dueOn" >= "receivedOn");
-- Scans of letters are stored files owned by 'Complaint'; reply letters are issued documents about a Complaint.
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_ownerType_check";
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerType_check" CHECK ("ownerType" IN ('Movement', 'Registration', 'Initiative', 'Complaint'));
ALTER TABLE "IssuedDocument" DROP CONSTRAINT "IssuedDocument_subject_check";
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_subject_check"
  CHECK (("subject" IS NULL AND "subjectId" IS NULL) OR ("subject" IN ('Plan', 'RegistrationSummary', 'InitiativeMinutes', 'InitiativeDecision', 'Meeting', 'Complaint') AND "subjectId" IS NOT NULL));
