-- AlterTable
ALTER TABLE "DossierExport" ADD COLUMN     "submissionDocId" UUID;

-- AddForeignKey
ALTER TABLE "DossierExport" ADD CONSTRAINT "DossierExport_submissionDocId_fkey" FOREIGN KEY ("submissionDocId") REFERENCES "IssuedDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
