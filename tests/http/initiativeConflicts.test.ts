// Conflicts of interest on the assignment page: a member of an author's collective is flagged; when the year's
// setting excludes the same collective, they are offered disabled, refused by hand and left out by the automatic
// assignment — and when it does not, they are flagged but may be assigned.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
let secretary: TestAgent;

async function setExcludeSameCollective(value: boolean) {
  await db.current.prisma.initiativeYearSetting.upsert({
    where: { schoolYearId: s.year.id },
    create: { schoolId: s.school.id, schoolYearId: s.year.id, rules: { excludeSameCollective: value }, updatedAt: clock.now },
    update: { rules: { excludeSameCollective: value } },
  });
}

/** An initiative by the teacher, whose collective is also member 0's. */
async function initiativeOfTheTeacher() {
  return buildInitiative(db.current.prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] });
}

async function assign(id: string, staffId: string) {
  const page = await secretary.get(`/initiatives/${id}?view=1`);
  return secretary
    .post(`/initiatives/${id}/reviewers`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), staffId });
}

async function autoAssign() {
  const page = await secretary.get('/initiatives/progress');
  return secretary
    .post('/initiatives/assign-auto')
    .type('form')
    .send({ _csrf: csrfFrom(page.text) });
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  const group = await prisma.collective.create({ data: { schoolId: s.school.id, name: 'Tổ khối 3', kind: 'grade_group' } });
  await prisma.staff.updateMany({ where: { id: { in: [s.teacher.staff.id, s.members[0]!.staff.id] } }, data: { collectiveId: group.id } });
  secretary = agentFor(buildTestApp(db.current, clock).app);
  expect((await loginAs(secretary, s.secretary.user.username, TEST_PASSWORD)).status).toBe(302);
});

describe('as secretary, with "exclude members of the author’s collective" on', () => {
  it('the colleague is flagged and offered disabled, refused by hand, and left out by the automatic assignment', async () => {
    const prisma = db.current.prisma;
    await setExcludeSameCollective(true);
    const i = await initiativeOfTheTeacher();
    const page = await secretary.get(`/initiatives/${i.id}?view=1`);
    expect(page.text).toContain(`<option value="${s.members[0]!.staff.id}" disabled>Lê Văn Bình — cùng tổ với tác giả (không được phân công)</option>`);
    expect(page.text).toMatch(new RegExp(`data-staff="${s.members[0]!.staff.id}" data-barred="yes"`));
    expect(page.text).toContain('Năm học này loại trừ thành viên cùng tổ với tác giả.');

    const byHand = await assign(i.id, s.members[0]!.staff.id);
    expect(byHand.status).toBe(302);
    const after = await secretary.get(`/initiatives/${i.id}?view=1`);
    expect(after.text).toContain('Không phân công được: người này cùng tổ với tác giả.');
    expect(await prisma.initiativeReview.count({ where: { initiativeId: i.id } })).toBe(0);

    expect((await autoAssign()).status).toBe(302);
    const reviewers = (await prisma.initiativeReview.findMany({ where: { initiativeId: i.id } })).map((r) => r.reviewerStaffId).sort();
    expect(reviewers).toEqual([s.members[1]!.staff.id, s.members[2]!.staff.id].sort());
  });
});

describe('as secretary, with the setting off', () => {
  it('the colleague is flagged but may be assigned, automatically and by hand', async () => {
    const prisma = db.current.prisma;
    await setExcludeSameCollective(false);
    // Earlier initiatives are done, so the automatic run sees only the new ones.
    await prisma.initiativeRecord.updateMany({ where: { schoolId: s.school.id }, data: { status: 'scored' } });
    // Co-written with member 1: the only members left are member 0 (same collective) and member 2.
    const coWritten = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      authors: [
        { staffId: s.teacher.staff.id, sharePct: 50 },
        { staffId: s.members[1]!.staff.id, sharePct: 50 },
      ],
    });
    expect((await autoAssign()).status).toBe(302);
    const reviewers = (await prisma.initiativeReview.findMany({ where: { initiativeId: coWritten.id } })).map((r) => r.reviewerStaffId).sort();
    expect(reviewers).toEqual([s.members[0]!.staff.id, s.members[2]!.staff.id].sort());

    const i = await initiativeOfTheTeacher();
    const page = await secretary.get(`/initiatives/${i.id}?view=1`);
    expect(page.text).toContain(`<option value="${s.members[0]!.staff.id}">Lê Văn Bình — cùng tổ với tác giả</option>`);
    expect(page.text).toMatch(new RegExp(`data-staff="${s.members[0]!.staff.id}" data-barred="no"`));
    expect(page.text).toContain('Năm học này chỉ đánh dấu, không loại trừ thành viên cùng tổ với tác giả.');
    expect((await assign(i.id, s.members[0]!.staff.id)).status).toBe(302);
    expect(await prisma.initiativeReview.count({ where: { initiativeId: i.id, reviewerStaffId: s.members[0]!.staff.id } })).toBe(1);
  });
});
