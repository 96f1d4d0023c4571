-- CreateEnum
CREATE TYPE "RegistrationSubject" AS ENUM ('staff', 'collective', 'school');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('draft', 'submitted', 'returned', 'approved');

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "subject" "RegistrationSubject" NOT NULL,
    "staffId" UUID,
    "collectiveId" UUID,
    "titles" TEXT[],
    "forms" TEXT[],
    "initiativeTitle" TEXT,
    "movementIds" UUID[],
    "commitments" TEXT NOT NULL DEFAULT '',
    "status" "RegistrationStatus" NOT NULL DEFAULT 'draft',
    "returnReason" TEXT,
    "lateReason" TEXT,
    "submittedAt" TIMESTAMPTZ(6),
    "reviewedAt" TIMESTAMPTZ(6),
    "reviewedById" UUID,
    "progressNote" TEXT,
    "progressAt" TIMESTAMPTZ(6),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationEvidence" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "fileId" UUID,
    "createdBy" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Registration_schoolId_schoolYearId_status_idx" ON "Registration"("schoolId", "schoolYearId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_schoolYearId_staffId_key" ON "Registration"("schoolYearId", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_schoolYearId_collectiveId_key" ON "Registration"("schoolYearId", "collectiveId");

-- AddForeignKey
ALTER TABLE "RegistrationEvidence" ADD CONSTRAINT "RegistrationEvidence_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
