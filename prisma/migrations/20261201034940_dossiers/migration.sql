-- CreateEnum
CREATE TYPE "DossierExportStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "AchievementReport" (
    "nominationId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(6),
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AchievementReport_pkey" PRIMARY KEY ("nominationId")
);

-- CreateTable
CREATE TABLE "DossierExport" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "receiver" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "DossierExportStatus" NOT NULL DEFAULT 'queued',
    "progressPct" INTEGER NOT NULL DEFAULT 0,
    "currentPart" TEXT NOT NULL DEFAULT '',
    "overrideReason" TEXT,
    "fingerprint" TEXT NOT NULL,
    "heartbeatAt" TIMESTAMPTZ(6),
    "manifest" JSONB,
    "pdfSha256" TEXT,
    "zipSha256" TEXT,
    "pdf" BYTEA,
    "zip" BYTEA,
    "error" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(6),
    "sentOn" DATE,
    "sentChannel" TEXT,
    "sentReference" TEXT,
    "returnedOn" DATE,
    "returnReason" TEXT,

    CONSTRAINT "DossierExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AchievementReport_nominationId_schoolId_key" ON "AchievementReport"("nominationId", "schoolId");

-- CreateIndex
CREATE INDEX "DossierExport_schoolId_status_idx" ON "DossierExport"("schoolId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DossierExport_schoolYearId_receiver_version_key" ON "DossierExport"("schoolYearId", "receiver", "version");

-- AddForeignKey
ALTER TABLE "AchievementReport" ADD CONSTRAINT "AchievementReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievementReport" ADD CONSTRAINT "AchievementReport_nominationId_schoolId_fkey" FOREIGN KEY ("nominationId", "schoolId") REFERENCES "Nomination"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierExport" ADD CONSTRAINT "DossierExport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierExport" ADD CONSTRAINT "DossierExport_schoolYearId_schoolId_fkey" FOREIGN KEY ("schoolYearId", "schoolId") REFERENCES "SchoolYear"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;
