// Scoring reminders with the movable clock: from N days before the scoring deadline (the year's setting) to the
// deadline, each reviewer who still owes a score gets one notification a day, however many runs and initiatives;
// reviewers who scored or recused get none; nothing before the window or after the deadline.
import { beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/client.ts';
import { runInitiativeReminders } from '../../src/features/initiatives/runInitiativeReminders.ts';
import { testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-12-01T01:00:00Z'); // 08:00 in Hà Nội
const HOUR = 3_600_000;
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;

const remindersOf = (userId: string) =>
  db.current.prisma.notification.findMany({ where: { userId, dedupeKey: { startsWith: 'initiative-scoring:' } }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  // Scoring closes on 10/12/2026; remind from 3 days before.
  await prisma.initiativeYearSetting.create({
    data: {
      schoolId: s.school.id,
      schoolYearId: s.year.id,
      rules: { scoringReminderDays: 3 },
      scoringDueOn: new Date('2026-12-10T00:00:00Z'),
      updatedAt: clock.now,
    },
  });
  const [m0, m1, m2] = s.members.map((m) => m.staff.id) as [string, string, string];
  const review = (initiativeId: string, staffId: string) =>
    prisma.initiativeReview.create({ data: { schoolId: s.school.id, initiativeId, reviewerStaffId: staffId, assignedAt: clock.now } });
  const a = await buildInitiative(prisma, {
    schoolId: s.school.id,
    schoolYear: s.year,
    authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
    status: 'under_review',
    title: 'Sáng kiến A',
  });
  const b = await buildInitiative(prisma, {
    schoolId: s.school.id,
    schoolYear: s.year,
    authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
    status: 'under_review',
    title: 'Sáng kiến B',
  });
  // m0 owes two scores; m1 scored A; m2 recused from B.
  await review(a.id, m0);
  await review(b.id, m0);
  await review(a.id, m1);
  await review(b.id, m2);
  await prisma.initiativeScore.create({
    data: {
      schoolId: s.school.id,
      initiativeId: a.id,
      reviewerStaffId: m1,
      version: 1,
      points: {},
      total: 80,
      submittedById: s.members[1]!.user.id,
      submittedAt: clock.now,
    },
  });
  await prisma.initiativeRecusal.create({ data: { schoolId: s.school.id, initiativeId: b.id, staffId: m2, reason: 'Cùng tổ', at: clock.now } });
});

describe('the scoring reminder job', () => {
  it('sends nothing before the window (4 days before the deadline)', async () => {
    clock.set('2026-12-06T01:00:00Z');
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(0);
  });

  it('3 days before: one notification to the reviewer who owes, listing both initiatives; a second run and a second instance add nothing', async () => {
    clock.set('2026-12-07T01:00:00Z');
    const other = connectDatabase(db.current.url, { max: 2 }); // a second app instance racing the first
    try {
      const created = await Promise.all([runInitiativeReminders(db.current.prisma, clock.now), runInitiativeReminders(other.prisma, clock.now)]);
      expect(created[0] + created[1]).toBe(1);
    } finally {
      await other.close();
    }
    clock.advance(14 * HOUR); // 22:00 in Hà Nội: still the same Vietnam day
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(0);
    const sent = await remindersOf(s.members[0]!.user.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toBe('Sáng kiến A; Sáng kiến B');
    expect(sent[0]!.title).toBe('notify.initiativeScoringDue');
    expect(await remindersOf(s.members[1]!.user.id)).toHaveLength(0);
    expect(await remindersOf(s.members[2]!.user.id)).toHaveLength(0);
  });

  it('once more each following day up to the deadline, then stops', async () => {
    clock.advance(3 * HOUR); // 01:00 on 8/12 in Hà Nội (still 7/12 in UTC)
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(1);
    clock.set('2026-12-09T01:00:00Z');
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(1);
    clock.set('2026-12-10T09:00:00Z');
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(1);
    const last = (await remindersOf(s.members[0]!.user.id)).at(-1)!;
    expect(last.title).toBe('notify.initiativeScoringDueToday');
    clock.set('2026-12-11T01:00:00Z');
    expect(await runInitiativeReminders(db.current.prisma, clock.now)).toBe(0);
    expect(await remindersOf(s.members[0]!.user.id)).toHaveLength(4);
  });

  it('stops for a reviewer the day they have scored everything', async () => {
    const prisma = db.current.prisma;
    await prisma.initiativeYearSetting.update({ where: { schoolYearId: s.year.id }, data: { scoringDueOn: new Date('2026-12-20T00:00:00Z') } });
    await prisma.initiativeRecord.updateMany({ where: { schoolId: s.school.id }, data: { status: 'scored' } });
    clock.set('2026-12-18T01:00:00Z');
    expect(await runInitiativeReminders(prisma, clock.now)).toBe(0);
  });
});
