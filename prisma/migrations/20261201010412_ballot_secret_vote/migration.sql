-- CreateEnum
CREATE TYPE "NominationKind" AS ENUM ('annual', 'thematic', 'dot_xuat', 'cong_hien');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('proposed', 'removed', 'approved', 'not_approved');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('planned', 'held', 'approved');

-- CreateEnum
CREATE TYPE "BallotMode" AS ENUM ('screen', 'paper', 'show_of_hands');

-- CreateEnum
CREATE TYPE "BallotRoundStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "BallotOption" AS ENUM ('agree', 'disagree', 'blank');

-- CreateTable
CREATE TABLE "Nomination" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "staffId" UUID,
    "collectiveId" UUID,
    "code" TEXT NOT NULL,
    "kind" "NominationKind" NOT NULL DEFAULT 'annual',
    "movementId" UUID,
    "summary" TEXT NOT NULL DEFAULT '',
    "registrationId" UUID,
    "verdict" JSONB NOT NULL,
    "verdictStatus" TEXT NOT NULL,
    "justification" TEXT,
    "status" "NominationStatus" NOT NULL DEFAULT 'proposed',
    "removalReason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationEvidence" (
    "nominationId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,

    CONSTRAINT "NominationEvidence_pkey" PRIMARY KEY ("nominationId","fileId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "startsAt" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'planned',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT true,
    "absenceReason" TEXT,
    "writtenOpinion" BOOLEAN NOT NULL DEFAULT false,
    "counter" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","staffId")
);

-- CreateTable
CREATE TABLE "BallotRound" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "mode" "BallotMode" NOT NULL DEFAULT 'screen',
    "status" "BallotRoundStatus" NOT NULL DEFAULT 'open',
    "totalMembers" INTEGER NOT NULL,
    "thresholdPct" DECIMAL(5,2) NOT NULL,
    "strict" BOOLEAN NOT NULL,
    "writtenCount" BOOLEAN NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "quota" INTEGER,
    "openedAt" TIMESTAMPTZ(6) NOT NULL,
    "closedAt" TIMESTAMPTZ(6),
    "participants" INTEGER,
    "digest" TEXT,
    "result" JSONB,

    CONSTRAINT "BallotRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundNominee" (
    "roundId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RoundNominee_pkey" PRIMARY KEY ("roundId","nominationId")
);

-- CreateTable
CREATE TABLE "RoundEligibility" (
    "roundId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,

    CONSTRAINT "RoundEligibility_pkey" PRIMARY KEY ("roundId","staffId")
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "roundId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "channel" "BallotMode" NOT NULL,

    CONSTRAINT "BallotParticipation_pkey" PRIMARY KEY ("roundId","staffId")
);

-- CreateTable
CREATE TABLE "BallotTally" (
    "roundId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "option" "BallotOption" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "schoolId" UUID NOT NULL,

    CONSTRAINT "BallotTally_pkey" PRIMARY KEY ("roundId","nominationId","option")
);

-- CreateTable
CREATE TABLE "WrittenOpinionTotal" (
    "roundId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "agree" INTEGER NOT NULL,
    "disagree" INTEGER NOT NULL,
    "enteredById" UUID NOT NULL,
    "confirmedById" UUID,

    CONSTRAINT "WrittenOpinionTotal_pkey" PRIMARY KEY ("roundId","nominationId")
);

-- CreateTable
CREATE TABLE "PaperCount" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffIds" UUID[],
    "ballotsIssued" INTEGER NOT NULL,
    "ballotsValid" INTEGER NOT NULL,
    "totals" JSONB NOT NULL,
    "enteredById" UUID NOT NULL,
    "confirmedById" UUID,

    CONSTRAINT "PaperCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationApproval" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "approvedById" UUID NOT NULL,
    "approvedAt" TIMESTAMPTZ(6) NOT NULL,
    "list" JSONB NOT NULL,
    "documentId" UUID,

    CONSTRAINT "NominationApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Nomination_schoolId_schoolYearId_status_idx" ON "Nomination"("schoolId", "schoolYearId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_id_schoolId_key" ON "Nomination"("id", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_schoolYearId_code_staffId_key" ON "Nomination"("schoolYearId", "code", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_schoolYearId_code_collectiveId_key" ON "Nomination"("schoolYearId", "code", "collectiveId");

-- CreateIndex
CREATE INDEX "Meeting_schoolId_schoolYearId_idx" ON "Meeting"("schoolId", "schoolYearId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_id_schoolId_key" ON "Meeting"("id", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotRound_id_schoolId_key" ON "BallotRound"("id", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotRound_meetingId_code_key" ON "BallotRound"("meetingId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "NominationApproval_meetingId_key" ON "NominationApproval"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "NominationApproval_meetingId_schoolId_key" ON "NominationApproval"("meetingId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "NominationApproval_id_schoolId_key" ON "NominationApproval"("id", "schoolId");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_collectiveId_schoolId_fkey" FOREIGN KEY ("collectiveId", "schoolId") REFERENCES "Collective"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_registrationId_schoolId_fkey" FOREIGN KEY ("registrationId", "schoolId") REFERENCES "Registration"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationEvidence" ADD CONSTRAINT "NominationEvidence_nominationId_schoolId_fkey" FOREIGN KEY ("nominationId", "schoolId") REFERENCES "Nomination"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_schoolId_fkey" FOREIGN KEY ("meetingId", "schoolId") REFERENCES "Meeting"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotRound" ADD CONSTRAINT "BallotRound_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotRound" ADD CONSTRAINT "BallotRound_meetingId_schoolId_fkey" FOREIGN KEY ("meetingId", "schoolId") REFERENCES "Meeting"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundNominee" ADD CONSTRAINT "RoundNominee_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundNominee" ADD CONSTRAINT "RoundNominee_nominationId_schoolId_fkey" FOREIGN KEY ("nominationId", "schoolId") REFERENCES "Nomination"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEligibility" ADD CONSTRAINT "RoundEligibility_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEligibility" ADD CONSTRAINT "RoundEligibility_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_staffId_schoolId_fkey" FOREIGN KEY ("staffId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenOpinionTotal" ADD CONSTRAINT "WrittenOpinionTotal_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_roundId_schoolId_fkey" FOREIGN KEY ("roundId", "schoolId") REFERENCES "BallotRound"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationApproval" ADD CONSTRAINT "NominationApproval_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationApproval" ADD CONSTRAINT "NominationApproval_meetingId_schoolId_fkey" FOREIGN KEY ("meetingId", "schoolId") REFERENCES "Meeting"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationApproval" ADD CONSTRAINT "NominationApproval_approvedById_schoolId_fkey" FOREIGN KEY ("approvedById", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: integrity of the ballot (security.md §4) and the frozen approved list.
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_count_nonnegative" CHECK (count >= 0);
ALTER TABLE "WrittenOpinionTotal" ADD CONSTRAINT "WrittenOpinionTotal_nonnegative" CHECK (agree >= 0 AND disagree >= 0);
ALTER TABLE "BallotRound" ADD CONSTRAINT "BallotRound_counts" CHECK ("totalMembers" >= 0 AND ("quota" IS NULL OR "quota" >= 1) AND "thresholdPct" BETWEEN 0 AND 100);
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_one_candidate" CHECK (("staffId" IS NULL) <> ("collectiveId" IS NULL));
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_verdict_status" CHECK ("verdictStatus" IN ('eligible', 'not_eligible', 'missing_data'));
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_removal_reason" CHECK (status <> 'removed' OR "removalReason" IS NOT NULL);

-- The approved list is frozen: an approval row never changes, and a decided nomination never changes again.
CREATE FUNCTION nomination_approval_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'NominationApproval rows are frozen' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER nomination_approval_frozen BEFORE UPDATE OR DELETE ON "NominationApproval"
  FOR EACH ROW EXECUTE FUNCTION nomination_approval_frozen();

CREATE FUNCTION nomination_decided_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('approved', 'not_approved') THEN
    RAISE EXCEPTION 'Nomination % is decided and frozen', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER nomination_decided_frozen BEFORE UPDATE OR DELETE ON "Nomination"
  FOR EACH ROW EXECUTE FUNCTION nomination_decided_frozen();

-- A closed round never reopens and its result never changes.
CREATE FUNCTION ballot_round_closed_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'closed' THEN
    RAISE EXCEPTION 'BallotRound % is closed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ballot_round_closed_frozen BEFORE UPDATE ON "BallotRound"
  FOR EACH ROW EXECUTE FUNCTION ballot_round_closed_frozen();

-- The council's minutes, decisions and proposals are registered against their meeting.
ALTER TABLE "IssuedDocument" DROP CONSTRAINT "IssuedDocument_subject_check";
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_subject_check"
  CHECK (("subject" IS NULL AND "subjectId" IS NULL) OR ("subject" IN ('Plan', 'RegistrationSummary', 'InitiativeMinutes', 'InitiativeDecision', 'Meeting') AND "subjectId" IS NOT NULL));
