// Issue 15 §8, the rough edges of the registration review: the page names the school year, "Trả lại" asks for
// confirmation, the review list can select every row at once.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson } from '../support/factories.ts';
import { buildDisciplineRecord } from '../support/recordFactories.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';
import { buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let reviewer: TestAgent;
let registrationId = '';
let disciplinedId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current);
  const { school, year } = await buildWorkflowSchool(prisma);
  reviewer = (await signedInPerson(app, prisma, school.id, { role: 'vice_chair', schoolYearId: year.id })).agent;
  const { staff } = await buildPerson(prisma, school.id, { fullName: 'Hoàng Thị Mai' });
  registrationId = (await buildRegistration(prisma, { schoolId: school.id, schoolYearId: year.id, staffId: staff.id, status: 'submitted' })).id;
  // A teacher disciplined this school year registers LĐTT: the list must say it cannot succeed, and why.
  const disciplined = await buildPerson(prisma, school.id, { fullName: 'Đỗ Văn Hùng' });
  await buildDisciplineRecord(prisma, { staffId: disciplined.staff.id, startYear: 2026, decidedOn: '2026-11-10' });
  disciplinedId = (await buildRegistration(prisma, { schoolId: school.id, schoolYearId: year.id, staffId: disciplined.staff.id, status: 'submitted' })).id;
});

describe('registration review, as the vice chair', () => {
  it('the registration page names its school year and "Trả lại" asks before returning', async () => {
    const page = (await reviewer.get(`/registrations/${registrationId}`)).text;
    expect(page).toContain('<h1>Đăng ký thi đua: Hoàng Thị Mai, năm học 2026-2027</h1>');
    expect(page).toMatch(/value="return" data-confirm="Trả lại đăng ký của Hoàng Thị Mai\?/);
  });

  it('the review list has a "Chọn tất cả" checkbox for the rows', async () => {
    const page = (await reviewer.get('/registrations/review')).text;
    expect(page).toContain('data-select-all="ids" aria-label="Chọn tất cả"');
    expect(page).toContain(`name="ids" value="${registrationId}"`);
  });

  it('flags each registered title with what the rules say of it: out of reach (and why) or still open', async () => {
    const page = (await reviewer.get('/registrations/review')).text;
    const rowOf = (id: string) => page.slice(page.indexOf(`value="${id}"`), page.indexOf('</tr>', page.indexOf(`value="${id}"`)));
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text(rowOf(disciplinedId))).toMatch(/Lao động tiên tiến: Không thể đạt năm nay — [^<]*kỷ luật/i);
    expect(text(rowOf(registrationId))).toMatch(/Lao động tiên tiến: (Còn chờ kết quả|Đã đủ điều kiện)/);
    expect(text(rowOf(registrationId))).not.toContain('Không thể đạt');
  });
});
