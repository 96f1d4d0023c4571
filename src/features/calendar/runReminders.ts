// The reminder job: 7 and 1 days before a milestone its owners are reminded; after a missed deadline the chair is.
// Idempotent: each notification has a dedupe key (milestone, stage) unique per recipient, so running twice, or on
// two app instances at once, creates each reminder once. All reminders of a run are written in one statement.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { dueReminderStages, vietnamDay } from '../../domain/deadlines.ts';
import { notifyMany, type NotificationInput } from '../notifications/notify.ts';
import { usersWithRole } from './recipients.ts';
import { formatDate } from '../../i18n/index.ts';

const DAY_MS = 86_400_000;
const TITLES = { overdue: 'notify.milestoneOverdue', d7: 'notify.milestoneIn7', d1: 'notify.milestoneIn1' } as const;

/** Sends the reminders due at `now`; returns how many notifications were created. */
export async function runReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const today = vietnamDay(now);
  const milestones = await prisma.milestone.findMany({
    where: { doneAt: null, dueOn: { lte: new Date(today.getTime() + 7 * DAY_MS), gte: new Date(today.getTime() - 60 * DAY_MS) } },
  });
  const due: NotificationInput[] = [];
  for (const m of milestones) {
    for (const stage of dueReminderStages(m.dueOn, now, false)) {
      const role = stage === 'overdue' ? 'chair' : m.ownerRole;
      for (const userId of await usersWithRole(prisma, m.schoolId, role, today)) {
        due.push({
          schoolId: m.schoolId,
          userId,
          kind: 'milestone',
          title: TITLES[stage],
          // The deadline's own date: "Còn 7 ngày" would be wrong on every day but the seventh (issue 15 §8).
          body: `${m.title} — ${formatDate(m.dueOn)}`,
          link: '/calendar',
          dedupeKey: `milestone:${m.id}:${stage}`,
        });
      }
    }
  }
  return notifyMany(prisma, due, now);
}
