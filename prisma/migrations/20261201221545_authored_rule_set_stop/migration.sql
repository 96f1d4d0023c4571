-- AlterTable
ALTER TABLE "AuthoredRuleSet" ADD COLUMN     "stopReason" TEXT,
ADD COLUMN     "stoppedAt" TIMESTAMPTZ(6),
ADD COLUMN     "stoppedBy" UUID;

-- AddForeignKey
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_stoppedBy_schoolId_fkey" FOREIGN KEY ("stoppedBy", "schoolId") REFERENCES "User"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 11 §5, ADR 018 "Stopping"): an active set can be stopped from a date (its period ends the day
-- before; still active) or entirely (state 'deactivated': it decides no verdict any more, like a candidate).
ALTER TABLE "AuthoredRuleSet" DROP CONSTRAINT "AuthoredRuleSet_state_check";
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_state_check" CHECK ("state" IN ('candidate', 'active', 'deactivated'));
-- A deactivated set was active once: it keeps who activated it, when and why.
ALTER TABLE "AuthoredRuleSet" DROP CONSTRAINT "AuthoredRuleSet_activation_check";
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_activation_check" CHECK (
  "state" = 'candidate' OR ("activatedBy" IS NOT NULL AND "activatedAt" IS NOT NULL AND length(btrim("activationReason")) > 0));
-- A stop says who, when and why, all or nothing; a deactivated set has been stopped (the audit row holds the same).
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_stop_check" CHECK (
  ("stoppedBy" IS NULL AND "stoppedAt" IS NULL AND "stopReason" IS NULL)
  OR ("stoppedBy" IS NOT NULL AND "stoppedAt" IS NOT NULL AND length(btrim("stopReason")) > 0));
ALTER TABLE "AuthoredRuleSet" ADD CONSTRAINT "AuthoredRuleSet_deactivation_check" CHECK (
  "state" <> 'deactivated' OR ("stoppedAt" IS NOT NULL AND length(btrim("stopReason")) > 0));
