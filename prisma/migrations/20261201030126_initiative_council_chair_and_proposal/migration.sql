-- AlterTable
ALTER TABLE "CouncilDecision" ADD COLUMN     "initiativeChairId" UUID;

-- AlterTable
ALTER TABLE "InitiativeRecord" ADD COLUMN     "proposalNumber" TEXT,
ADD COLUMN     "proposedOn" DATE;

-- AddForeignKey
ALTER TABLE "CouncilDecision" ADD CONSTRAINT "CouncilDecision_initiativeChairId_schoolId_fkey" FOREIGN KEY ("initiativeChairId", "schoolId") REFERENCES "Staff"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A proposal upwards has both its date and its document number, or neither (issue 12).
ALTER TABLE "InitiativeRecord" ADD CONSTRAINT "InitiativeRecord_proposal_complete"
  CHECK (("proposedOn" IS NULL) = ("proposalNumber" IS NULL));
