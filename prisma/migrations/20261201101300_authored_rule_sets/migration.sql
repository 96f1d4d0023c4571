-- CreateTable
CREATE TABLE "AuthoredRuleSet" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sourceRuleSetId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'candidate',
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "definition" JSONB NOT NULL,
    "createdBy" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "activatedBy" UUID,
    "activatedAt" TIMESTAMPTZ(6),
    "activationReason" TEXT,

    CONSTRAINT "AuthoredRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredRuleSet_schoolId_state_idx" ON "AuthoredRuleSet"("schoolId", "state");

-- AddForeignKey
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_createdBy_schoolId_fkey" FOREIGN KEY ("createdBy", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_activatedBy_schoolId_fkey" FOREIGN KEY ("activatedBy", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 11 §5, ADR 018): what the database itself guards for authored rule sets.
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_state_check" CHECK ("state" IN ('candidate', 'active'));
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_dates_check" CHECK (
  "effectiveFrom" BETWEEN '1900-01-01' AND '2200-12-31'
  AND ("effectiveTo" IS NULL OR ("effectiveTo" BETWEEN '1900-01-01' AND '2200-12-31' AND "effectiveFrom" <= "effectiveTo")));
-- An active set says who activated it, when and why (the audit row holds the same, written in the same transaction).
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_activation_check" CHECK (
  "state" <> 'active' OR ("activatedBy" IS NOT NULL AND "activatedAt" IS NOT NULL AND length(btrim("activationReason")) > 0));
-- The stored JSON names its format version, so a later format can be read alongside this one.
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_definition_version_check" CHECK (
  jsonb_typeof("definition") = 'object' AND ("definition"->>'version') = '1' AND jsonb_typeof("definition"->'ruleSet') = 'object');
-- One active authored rule set of a school on any date (null effectiveTo = open-ended); candidates may overlap freely.
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_one_active_per_day"
  EXCLUDE USING gist ("schoolId" WITH =, daterange("effectiveFrom", "effectiveTo", '[]') WITH &&) WHERE ("state" = 'active');
-- Authored sets decide verdicts: any change bumps the school's facts version, so cached eligibility results are
-- recomputed (the trigger runs in the writing statement's transaction).
SELECT track_facts_table('AuthoredRuleSet');
