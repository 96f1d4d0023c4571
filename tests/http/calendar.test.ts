// The council calendar and its reminder job: 7 and 1 days before, escalation after a missed deadline, idempotent.
import { beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/features/calendar/runReminders.ts';
import { dueReminderStages, daysLeft } from '../../src/domain/deadlines.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { connectDatabase } from '../../src/db/client.ts';

const db = useTestDatabase();
let schoolId = '';
let milestoneId = '';
let secretaries: string[] = [];
let chairUserId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  schoolId = school.id;
  const year = yearOf(2026);
  const s1 = await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: year.id });
  const s2 = await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: year.id });
  const chair = await buildPerson(prisma, schoolId, { role: 'chair', schoolYearId: year.id });
  secretaries = [s1.user.id, s2.user.id];
  chairUserId = chair.user.id;
  await buildPerson(prisma, schoolId); // a teacher: not a recipient
  const m = await prisma.milestone.create({
    data: {
      schoolId,
      schoolYearId: year.id,
      kind: 'dossier_deadline',
      title: 'Nộp hồ sơ khen thưởng',
      dueOn: new Date('2026-12-10T00:00:00Z'),
      ownerRole: 'secretary',
    },
  });
  milestoneId = m.id;
});

const reminders = (stageKey: string) => db.current.prisma.notification.findMany({ where: { dedupeKey: `milestone:${milestoneId}:${stageKey}` } });

describe('deadline rules', () => {
  it('counts calendar days in Vietnam and picks the reminder stages', () => {
    const due = new Date('2026-12-10T00:00:00Z');
    expect(daysLeft(due, new Date('2026-12-03T02:00:00Z'))).toBe(7);
    expect(daysLeft(due, new Date('2026-12-02T18:00:00Z'))).toBe(7); // 01:00 on 03/12 in Hà Nội
    expect(dueReminderStages(due, new Date('2026-12-03T02:00:00Z'), false)).toEqual(['d7']);
    expect(dueReminderStages(due, new Date('2026-12-02T02:00:00Z'), false)).toEqual([]);
    expect(dueReminderStages(due, new Date('2026-12-09T02:00:00Z'), false)).toEqual(['d1']);
    expect(dueReminderStages(due, new Date('2026-12-11T02:00:00Z'), false)).toEqual(['overdue']);
    expect(dueReminderStages(due, new Date('2026-12-11T02:00:00Z'), true)).toEqual([]);
  });
});

describe('reminder job', () => {
  it('7 days before: one reminder per owner, even when the job runs twice or on two instances at once', async () => {
    const now = new Date('2026-12-03T02:00:00Z');
    const other = connectDatabase(db.current.url, { max: 3 }); // a second app instance
    try {
      await Promise.all([runReminders(db.current.prisma, now), runReminders(other.prisma, now)]);
      await runReminders(db.current.prisma, now);
    } finally {
      await other.close();
    }
    const sent = await reminders('d7');
    expect(sent.map((n) => n.userId).sort()).toEqual([...secretaries].sort());
    expect(sent[0]!.body).toBe('Nộp hồ sơ khen thưởng — 10/12/2026'); // the deadline's date, not a fixed "Còn 7 ngày" (issue 15)
  });

  it('1 day before, then the chair after the deadline is missed', async () => {
    await runReminders(db.current.prisma, new Date('2026-12-09T02:00:00Z'));
    expect((await reminders('d1')).length).toBe(2);
    await runReminders(db.current.prisma, new Date('2026-12-11T02:00:00Z'));
    await runReminders(db.current.prisma, new Date('2026-12-12T02:00:00Z'));
    const overdue = await reminders('overdue');
    expect(overdue.map((n) => n.userId)).toEqual([chairUserId]);
  });

  it('sends nothing for a milestone marked done', async () => {
    const admin = await buildUser(db.current.prisma, schoolId, { isAdmin: true });
    void admin;
    const chair = await db.current.prisma.user.findUniqueOrThrow({ where: { id: chairUserId } });
    const agent = agentFor(buildTestApp(db.current, testClock('2026-12-12T02:00:00Z')).app);
    await loginAs(agent, chair.username, TEST_PASSWORD);
    const page = await agent.get('/calendar/2026');
    expect(page.text).toContain('Nộp hồ sơ khen thưởng');
    expect(page.text).toContain('Quá hạn 2 ngày');
    const done = await agent
      .post(`/calendar/2026/milestones/${milestoneId}/done`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(done.status).toBe(302);
    const before = await db.current.prisma.notification.count();
    await runReminders(db.current.prisma, new Date('2026-12-13T02:00:00Z'));
    expect(await db.current.prisma.notification.count()).toBe(before);
  });
});
