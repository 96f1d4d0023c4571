// Submission over HTTP: draft and submit with co-authors' shares (checked in the form and in the database), the
// calendar's deadline, attachments (type sniffed), withdrawal before review, similar earlier initiatives.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
let teacher: TestAgent;
let secretary: TestAgent;

const form = (o: Record<string, unknown> = {}) => ({
  title: 'Dạy học theo góc ở lớp 2',
  field: 'Tiếng Việt',
  problem: 'Học sinh ít được hoạt động.',
  solution: 'Chia lớp thành bốn góc học tập.',
  novelty: 'Lần đầu áp dụng trong trường.',
  benefits: 'Học sinh tích cực hơn.',
  beforeFigures: '40% học sinh phát biểu',
  afterFigures: '75% học sinh phát biểu',
  authorIds: [s.teacher.staff.id, s.members[2]!.staff.id],
  shares: ['60', '40'],
  action: 'submit',
  ...o,
});

async function post(body: Record<string, unknown>, path = '/initiatives') {
  const page = await teacher.get('/initiatives/new');
  return teacher
    .post(path)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...body });
}

beforeAll(async () => {
  s = await buildInitiativeSchool(db.current.prisma);
  const app = buildTestApp(db.current, clock).app;
  teacher = agentFor(app);
  secretary = agentFor(app);
  await loginAs(teacher, s.teacher.user.username, TEST_PASSWORD);
  await loginAs(secretary, s.secretary.user.username, TEST_PASSWORD);
});

describe('submitting', () => {
  it('refuses shares that do not add up to 100 beside the field, keeping what was typed; nothing is saved', async () => {
    const res = await post(form({ shares: ['60', '30'] }));
    expect(res.status).toBe(422);
    expect(res.text).toContain('Tổng tỉ lệ đóng góp của các tác giả phải bằng 100%.');
    expect(res.text).toContain('Dạy học theo góc ở lớp 2');
    expect(await db.current.prisma.initiativeRecord.count({ where: { schoolId: s.school.id } })).toBe(0);
  });

  it('submits with a co-author, notifies both authors, and the database refuses shares that do not sum to 100', async () => {
    const prisma = db.current.prisma;
    const res = await post(form());
    expect(res.status).toBe(302);
    const saved = await prisma.initiativeRecord.findFirstOrThrow({
      where: { schoolId: s.school.id, title: 'Dạy học theo góc ở lớp 2' },
      include: { authors: true },
    });
    expect(saved.status).toBe('submitted');
    expect(saved.authors.map((a) => Number(a.sharePct)).sort()).toEqual([40, 60]);
    expect(await prisma.notification.count({ where: { kind: 'initiative', title: 'notify.initiative.submitted' } })).toBe(2);
    await expect(
      prisma.$transaction([
        prisma.initiativeAuthorRecord.update({
          where: { initiativeId_staffId: { initiativeId: saved.id, staffId: s.teacher.staff.id } },
          data: { sharePct: 50 },
        }),
      ]),
    ).rejects.toThrow(/100/);
  });

  it('after the calendar deadline, submitting is refused with a Vietnamese message', async () => {
    const prisma = db.current.prisma;
    const m = await prisma.milestone.create({
      data: {
        schoolId: s.school.id,
        schoolYearId: s.year.id,
        kind: 'initiative_deadline',
        title: 'Hạn nộp sáng kiến',
        dueOn: new Date('2026-11-20'),
        ownerRole: 'secretary',
      },
    });
    const res = await post(form({ title: 'Sáng kiến nộp muộn' }));
    expect(res.status).toBe(422);
    expect(res.text).toContain('Đã hết hạn nộp sáng kiến.');
    await prisma.milestone.delete({ where: { id: m.id } });
  });
});

describe('drafts, attachments and withdrawal', () => {
  it('a draft takes a PDF (type sniffed) and refuses an executable; it can be withdrawn until review starts', async () => {
    const prisma = db.current.prisma;
    expect((await post(form({ title: 'Góc đọc sách lớp 1', action: 'save' }))).status).toBe(302);
    const draft = await prisma.initiativeRecord.findFirstOrThrow({ where: { title: 'Góc đọc sách lớp 1' } });
    expect(draft.status).toBe('draft');
    const page = await teacher.get(`/initiatives/${draft.id}`);
    const token = csrfFrom(page.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const ok = await teacher.post(`/initiatives/${draft.id}/files`).field('_csrf', token).attach('file', pdf, 'minh-chung.pdf');
    expect(ok.status).toBe(302);
    const bad = await teacher
      .post(`/initiatives/${draft.id}/files`)
      .field('_csrf', token)
      .set('Accept', 'text/html')
      .attach('file', Buffer.from('MZ\x90\x00binary'), 'virus.pdf');
    expect(bad.status).toBe(422);
    expect(await prisma.storedFile.count({ where: { ownerType: 'Initiative', ownerId: draft.id } })).toBe(1);

    const submitted = await buildInitiative(prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] });
    expect((await teacher.post(`/initiatives/${submitted.id}/withdraw`).type('form').send({ _csrf: token })).status).toBe(302);
    expect((await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe('withdrawn');
    const reviewing = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      status: 'under_review',
      authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
    });
    const refused = await teacher.post(`/initiatives/${reviewing.id}/withdraw`).type('form').set('Accept', 'text/html').send({ _csrf: token });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Hội đồng đã bắt đầu chấm nên không rút được sáng kiến.');
  });
});

describe('similar initiatives', () => {
  it('lists an earlier recognised initiative with a similar title, diacritics or not, with its year and grade', async () => {
    const prisma = db.current.prisma;
    const earlier = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: { id: (await prisma.schoolYear.findFirstOrThrow({ where: { schoolId: s.school.id, startYear: 2025 } })).id, startYear: 2025 },
      title: 'Ứng dụng trò chơi tính nhẩm cho học sinh lớp 3',
      status: 'recognised',
      authors: [{ staffId: s.members[1]!.staff.id, sharePct: 100 }],
    });
    await prisma.initiativeRecord.update({ where: { id: earlier.id }, data: { grade: 'A' } });
    expect((await post(form({ title: 'Ung dung tro choi tinh nham cho hoc sinh lop 4', action: 'save' }))).status).toBe(302);
    const mine = await prisma.initiativeRecord.findFirstOrThrow({ where: { title: 'Ung dung tro choi tinh nham cho hoc sinh lop 4' } });
    const page = await teacher.get(`/initiatives/${mine.id}`);
    expect(page.text).toContain('Sáng kiến tương tự đã có');
    expect(page.text).toContain('Ứng dụng trò chơi tính nhẩm cho học sinh lớp 3 (2025-2026, Loại A)');
  });
});
