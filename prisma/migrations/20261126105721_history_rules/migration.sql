-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV');

-- CreateTable
CREATE TABLE "StaffYearRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "rating" "Rating",
    "monthsWorked" DOUBLE PRECISION,
    "leaveDays" INTEGER,
    "maternityLeaveDays" INTEGER NOT NULL DEFAULT 0,
    "collectiveId" UUID,
    "disciplineChecked" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "StaffYearRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffId" UUID,
    "collectiveId" UUID,
    "startYear" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisciplineRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,

    CONSTRAINT "DisciplineRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingProceedingRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,

    CONSTRAINT "PendingProceedingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "grade" TEXT,
    "recognisedOn" DATE,

    CONSTRAINT "InitiativeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeAuthorRecord" (
    "initiativeId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "sharePct" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "InitiativeAuthorRecord_pkey" PRIMARY KEY ("initiativeId","staffId")
);

-- CreateTable
CREATE TABLE "ResearchRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "applied" BOOLEAN,

    CONSTRAINT "ResearchRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectiveYearRecord" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "collectiveId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "rating" "Rating",

    CONSTRAINT "CollectiveYearRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleParameterOverride" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdBy" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleParameterOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrozenEvaluation" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "evaluationDate" DATE NOT NULL,
    "parameters" JSONB NOT NULL,
    "verdicts" JSONB NOT NULL,
    "decisionRef" TEXT NOT NULL,
    "frozenAt" TIMESTAMPTZ(6) NOT NULL,
    "frozenBy" UUID NOT NULL,

    CONSTRAINT "FrozenEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffYearRecord_schoolId_startYear_idx" ON "StaffYearRecord"("schoolId", "startYear");

-- CreateIndex
CREATE UNIQUE INDEX "StaffYearRecord_staffId_startYear_key" ON "StaffYearRecord"("staffId", "startYear");

-- CreateIndex
CREATE INDEX "AwardRecord_schoolId_startYear_idx" ON "AwardRecord"("schoolId", "startYear");

-- CreateIndex
CREATE INDEX "AwardRecord_staffId_idx" ON "AwardRecord"("staffId");

-- CreateIndex
CREATE INDEX "DisciplineRecord_staffId_idx" ON "DisciplineRecord"("staffId");

-- CreateIndex
CREATE INDEX "PendingProceedingRecord_staffId_idx" ON "PendingProceedingRecord"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeRecord_schoolId_startYear_title_key" ON "InitiativeRecord"("schoolId", "startYear", "title");

-- CreateIndex
CREATE INDEX "InitiativeAuthorRecord_staffId_idx" ON "InitiativeAuthorRecord"("staffId");

-- CreateIndex
CREATE INDEX "ResearchRecord_staffId_idx" ON "ResearchRecord"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectiveYearRecord_collectiveId_startYear_key" ON "CollectiveYearRecord"("collectiveId", "startYear");

-- CreateIndex
CREATE INDEX "RuleParameterOverride_schoolId_ruleSetId_idx" ON "RuleParameterOverride"("schoolId", "ruleSetId");

-- CreateIndex
CREATE UNIQUE INDEX "FrozenEvaluation_schoolId_startYear_key" ON "FrozenEvaluation"("schoolId", "startYear");

-- AddForeignKey
ALTER TABLE "InitiativeAuthorRecord" ADD CONSTRAINT "InitiativeAuthorRecord_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "InitiativeRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;
