// The scoring reminder job: 7 and 1 days before the year's scoring deadline, every reviewer who still owes a score
// is reminded. Idempotent through the dedupe key (review, stage), like the calendar reminders.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { dueReminderStages, vietnamDay } from '../../domain/deadlines.ts';
import { notify } from '../notifications/notify.ts';

const DAY_MS = 86_400_000;

/** Sends the scoring reminders due at `now`; returns how many notifications were created. */
export async function runInitiativeReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const today = vietnamDay(now);
  const settings = await prisma.initiativeYearSetting.findMany({ where: { scoringDueOn: { gte: today, lte: new Date(today.getTime() + 7 * DAY_MS) } } });
  let created = 0;
  for (const s of settings) {
    const stages = dueReminderStages(s.scoringDueOn!, now, false).filter((x) => x !== 'overdue');
    if (!stages.length) continue;
    const reviews = await prisma.initiativeReview.findMany({
      where: { schoolId: s.schoolId, initiative: { schoolYearId: s.schoolYearId, status: 'under_review' } },
      include: { initiative: { select: { title: true, scores: { select: { reviewerStaffId: true } }, recusals: { select: { staffId: true } } } } },
    });
    for (const r of reviews) {
      const owes =
        !r.initiative.scores.some((x) => x.reviewerStaffId === r.reviewerStaffId) && !r.initiative.recusals.some((x) => x.staffId === r.reviewerStaffId);
      const user = owes ? await prisma.user.findFirst({ where: { schoolId: s.schoolId, staffId: r.reviewerStaffId, disabled: false } }) : null;
      if (!user) continue;
      for (const stage of stages) {
        const made = await prisma.$transaction((tx) =>
          notify(
            tx,
            {
              schoolId: s.schoolId,
              userId: user.id,
              kind: 'initiative',
              title: stage === 'd7' ? 'notify.initiativeScoreIn7' : 'notify.initiativeScoreIn1',
              body: r.initiative.title,
              link: `/initiatives/${r.initiativeId}/score`,
              dedupeKey: `initiative-score:${r.id}:${stage}`,
            },
            now,
          ),
        );
        if (made) created++;
      }
    }
  }
  return created;
}
