// Issue 15 §1: the home page tells each role what to do next, with counts and links, at a constant cost in SQL.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson } from '../support/factories.ts';
import { buildImportBatch, buildPlan } from '../support/visibilityFactories.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
let teacher: TestAgent;
let leader: TestAgent;
let secretary: TestAgent;
let chair: TestAgent;
let addRegistration: () => Promise<void>;

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current, undefined, { PAGE_CACHE_MB: '0' }); // statements of a rendered page, not of a cached one
  const { school, year } = await buildWorkflowSchool(prisma);
  const schoolId = school.id;
  const leaderP = await signedInPerson(app, prisma, schoolId, { leads: true });
  leader = leaderP.agent;
  const group = await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: leaderP.staffId } });
  const teacherP = await signedInPerson(app, prisma, schoolId);
  teacher = teacherP.agent;
  await prisma.staff.update({ where: { id: teacherP.staffId }, data: { collectiveId: group.id } });
  await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: teacherP.staffId, status: 'returned' });
  const secretaryP = await signedInPerson(app, prisma, schoolId, { role: 'secretary', schoolYearId: year.id });
  secretary = secretaryP.agent;
  chair = (await signedInPerson(app, prisma, schoolId, { role: 'chair', schoolYearId: year.id })).agent;
  addRegistration = async () => {
    const { staff } = await buildPerson(prisma, schoolId);
    await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: staff.id, status: 'submitted' });
  };
  for (let i = 0; i < 6; i++) await addRegistration();
  await buildImportBatch(prisma, schoolId, secretaryP.userId, 'staff');
  await buildPlan(prisma, schoolId, { year: 2026 });
});

describe('the home page says what to do next', () => {
  it('as a teacher whose registration was returned, the first item asks to correct it and links to it', async () => {
    const res = await teacher.get('/');
    expect(res.status).toBe(200);
    expect(textOf(res.text)).toContain('Đăng ký thi đua của bạn bị trả lại: hãy sửa và gửi lại');
    expect(res.text).toMatch(/href="\/registrations\/[0-9a-f-]{36}"/);
    expect(textOf(res.text)).toContain('Bạn chưa có sáng kiến nào trong năm học');
  });

  it("as a group leader, the group's returned registration and the members who have not sent one are counted", async () => {
    const text = textOf((await leader.get('/')).text);
    expect(text).toContain('1 đăng ký của tổ: Bị trả lại');
    expect(text).toContain('1 thành viên của tổ chưa gửi đăng ký');
  });

  it('as the secretary, registrations waiting for review and pending imports are counted', async () => {
    const res = await secretary.get('/');
    const text = textOf(res.text);
    expect(text).toContain('6 đăng ký chờ duyệt');
    expect(res.text).toContain('href="/registrations/review"');
    expect(text).toContain('1 tệp nhập dữ liệu chưa áp dụng');
  });

  it('as the chair, the draft plan of the year, lists, dossier and the CSTĐCS position are shown', async () => {
    const text = textOf((await chair.get('/')).text);
    expect(text).toContain('Kế hoạch năm 2026 đang là dự thảo');
    expect(text).toContain('Không có danh sách đề nghị nào chờ phê duyệt');
    expect(text).toContain('Chưa xuất hồ sơ đề nghị khen thưởng năm học này');
    expect(text).toMatch(/Chiến sĩ thi đua cơ sở: 0 đề nghị/);
    expect(text).toContain('Chưa có kế hoạch nào được ban hành.');
  });

  it('in English, the same counts read as English sentences', async () => {
    const text = textOf((await secretary.get('/?lang=en')).text);
    expect(text).toContain('6 registration(s) waiting for review');
    await secretary.get('/?lang=vi'); // the choice is kept in the session: back to Vietnamese for the next test
  });

  it('costs the same number of statements with twice as many registrations', async () => {
    await secretary.get('/');
    sql.start();
    await secretary.get('/');
    sql.stop();
    const before = sql.statements.length;
    for (let i = 0; i < 6; i++) await addRegistration();
    sql.start();
    const res = await secretary.get('/');
    sql.stop();
    expect(textOf(res.text)).toContain('12 đăng ký chờ duyệt');
    expect(sql.statements.length).toBe(before);
    expect(before).toBeLessThanOrEqual(2 + 6); // session + account, then school, plan, movements, milestones, to-dos, cap
  });
});
