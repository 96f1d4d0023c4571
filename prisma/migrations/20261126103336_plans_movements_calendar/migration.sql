-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'submitted', 'approved');

-- CreateEnum
CREATE TYPE "LaunchLevel" AS ENUM ('central', 'city', 'district_ward', 'labour_union', 'education_office', 'school');

-- CreateEnum
CREATE TYPE "MovementKind" AS ENUM ('regular', 'thematic');

-- CreateEnum
CREATE TYPE "MovementStatus" AS ENUM ('planned', 'launched', 'midterm_reviewed', 'closed');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('registration_window', 'supplementary_window', 'semester_review', 'initiative_deadline', 'council_meeting', 'dossier_deadline', 'other');

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "schoolId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("schoolId","year","type")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "subject" TEXT,
    "subjectId" TEXT,
    "createdBy" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "content" JSONB NOT NULL,
    "basedOn" JSONB NOT NULL,
    "anniversaries" JSONB NOT NULL,
    "roleDuties" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "documentSymbol" TEXT NOT NULL,
    "approvedOn" DATE NOT NULL,
    "approvedAt" TIMESTAMPTZ(6) NOT NULL,
    "approvedById" UUID NOT NULL,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Movement" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "launchLevel" "LaunchLevel" NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "periodText" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "goals" TEXT NOT NULL DEFAULT '',
    "criteria" TEXT NOT NULL DEFAULT '',
    "wholeSchool" BOOLEAN NOT NULL DEFAULT true,
    "status" "MovementStatus" NOT NULL DEFAULT 'planned',
    "midtermSummary" TEXT,
    "resultsSummary" TEXT,
    "planId" UUID,
    "planSection" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MovementCollective" (
    "movementId" UUID NOT NULL,
    "collectiveId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,

    CONSTRAINT "MovementCollective_pkey" PRIMARY KEY ("movementId","collectiveId")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "ownerType" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedBy" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE,
    "dueOn" DATE NOT NULL,
    "ownerRole" TEXT NOT NULL,
    "doneAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssuedDocument_schoolId_year_idx" ON "IssuedDocument"("schoolId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_schoolId_year_type_number_key" ON "IssuedDocument"("schoolId", "year", "type", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_schoolId_year_key" ON "Plan"("schoolId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_versionNo_key" ON "PlanVersion"("planId", "versionNo");

-- CreateIndex
CREATE INDEX "Movement_schoolId_status_idx" ON "Movement"("schoolId", "status");

-- CreateIndex
CREATE INDEX "StoredFile_schoolId_ownerType_ownerId_idx" ON "StoredFile"("schoolId", "ownerType", "ownerId");

-- CreateIndex
CREATE INDEX "Milestone_schoolId_dueOn_idx" ON "Milestone"("schoolId", "dueOn");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MovementCollective" ADD CONSTRAINT "MovementCollective_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
