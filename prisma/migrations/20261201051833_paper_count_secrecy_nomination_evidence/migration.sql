-- Ballot secrecy (security.md §4): a paper batch no longer stores WHO returned paper next to its marks. Who returned
-- a paper ballot becomes participation (BallotParticipation, channel paper, unique per round and member); a batch
-- keeps its size and, only until a second committee member confirms it, its per-nominee totals.

-- Data move, before the column goes: the members of batches not yet confirmed (in open rounds) become paper
-- participations. Confirmed batches already made theirs when they were confirmed. A member who voted on screen in
-- the meantime keeps the screen participation (the batch then exceeds the returns and must be discarded).
ALTER TABLE "PaperCount" ADD COLUMN "papers" INTEGER;
UPDATE "PaperCount" SET "papers" = cardinality("staffIds");
INSERT INTO "BallotParticipation" ("roundId", "staffId", "schoolId", "channel")
  SELECT p."roundId", m."staffId", p."schoolId", 'paper'
  FROM "PaperCount" p
  JOIN "BallotRound" r ON r."id" = p."roundId" AND r."status" = 'open'
  CROSS JOIN LATERAL unnest(p."staffIds") AS m("staffId")
  WHERE p."confirmedById" IS NULL
  ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "PaperCount" DROP COLUMN "staffIds",
ALTER COLUMN "papers" SET NOT NULL,
ALTER COLUMN "totals" DROP NOT NULL;

-- A counted batch holds no marks any more: they live only in the aggregate counters (BallotTally).
UPDATE "PaperCount" SET "totals" = NULL WHERE "confirmedById" IS NOT NULL;
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_totals_until_confirmed" CHECK (("confirmedById" IS NULL) = ("totals" IS NOT NULL));
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_counts"
  CHECK ("papers" >= 1 AND "ballotsValid" >= 0 AND "ballotsValid" <= "papers" AND "ballotsIssued" >= "papers");

-- Nomination evidence files (issue 13): a StoredFile owned by a Nomination, one nomination per file.
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_ownerType_check";
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerType_check" CHECK ("ownerType" IN ('Movement', 'Registration', 'Initiative', 'Complaint', 'Nomination'));

-- CreateIndex
CREATE UNIQUE INDEX "NominationEvidence_fileId_key" ON "NominationEvidence"("fileId");

-- AddForeignKey
ALTER TABLE "NominationEvidence" ADD CONSTRAINT "NominationEvidence_fileId_schoolId_fkey" FOREIGN KEY ("fileId", "schoolId") REFERENCES "StoredFile"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;
