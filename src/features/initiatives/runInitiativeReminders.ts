// The scoring reminder job: from the year's "remind N days before" (a setting) to the scoring deadline itself, every
// reviewer who still owes a score gets one notification a day listing what they owe. Idempotent: the dedupe key is
// (year, Vietnam day), unique per user, so a second run the same day — or a second app instance — adds nothing.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDay, vietnamIsoDate } from '../../domain/calendarDay.ts';
import { initiativeRulesWith } from '../../domain/initiatives/applyInitiativeOverride.ts';
import type { InitiativeRulesOverride } from '../../domain/initiatives/initiativeRuleTypes.ts';
import { ND13_INITIATIVE_RULES } from '../../domain/initiatives/nd13Rules.ts';
import { notifyMany, type NotificationInput } from '../notifications/notify.ts';

const DAY_MS = 86_400_000;

/** The reviewers of a year who owe a score: staff id → titles of the initiatives they have neither scored nor left. */
async function owingReviewers(prisma: PrismaClient, schoolId: string, schoolYearId: string): Promise<Map<string, string[]>> {
  const reviews = await prisma.initiativeReview.findMany({
    where: { schoolId, initiative: { schoolYearId, status: 'under_review' } },
    include: { initiative: { select: { title: true, scores: { select: { reviewerStaffId: true } }, recusals: { select: { staffId: true } } } } },
    orderBy: { assignedAt: 'asc' },
  });
  const owing = new Map<string, string[]>();
  for (const r of reviews) {
    const done = r.initiative.scores.some((x) => x.reviewerStaffId === r.reviewerStaffId) || r.initiative.recusals.some((x) => x.staffId === r.reviewerStaffId);
    if (!done) owing.set(r.reviewerStaffId, [...(owing.get(r.reviewerStaffId) ?? []), r.initiative.title]);
  }
  return owing;
}

/** Sends the scoring reminders due at `now`; returns how many notifications were created. */
export async function runInitiativeReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const today = vietnamDay(now);
  const settings = await prisma.initiativeYearSetting.findMany({ where: { scoringDueOn: { gte: today } } });
  let created = 0;
  for (const s of settings) {
    const rules = initiativeRulesWith(ND13_INITIATIVE_RULES, s.rules as InitiativeRulesOverride | null);
    const daysLeft = Math.round((s.scoringDueOn!.getTime() - today.getTime()) / DAY_MS);
    if (daysLeft > rules.scoringReminderDays.value) continue;
    const owing = await owingReviewers(prisma, s.schoolId, s.schoolYearId);
    if (!owing.size) continue;
    const users = await prisma.user.findMany({ where: { schoolId: s.schoolId, staffId: { in: [...owing.keys()] }, disabled: false } });
    const list: NotificationInput[] = users.map((u) => ({
      schoolId: s.schoolId,
      userId: u.id,
      kind: 'initiative',
      title: daysLeft === 0 ? 'notify.initiativeScoringDueToday' : 'notify.initiativeScoringDue',
      body: owing.get(u.staffId!)!.join('; '),
      link: '/initiatives',
      dedupeKey: `initiative-scoring:${s.schoolYearId}:${vietnamIsoDate(now)}`,
    }));
    created += await notifyMany(prisma, list, now);
  }
  return created;
}
