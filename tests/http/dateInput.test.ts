// Every form that takes a date uses the one parser: impossible days are refused as impossible, years outside
// 1900–2200 with a message that states the bounds, birth dates in the future or giving an implausible age are
// refused, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { emptyPlanSkeleton } from '../../src/features/plans/planSkeleton.ts';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { demoRows, setCell, staffWorkbook } from '../fixtures/staff/staffWorkbooks.ts';
import { buildCouncilMember, buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const json = (v: unknown) => v as Prisma.InputJsonValue;
const IMPOSSIBLE = 'Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.';
const BOUNDS = 'Năm phải từ 1900 đến 2200 (ngày từ 01/01/1900 đến 31/12/2200).';
let agent: TestAgent;
let schoolId: string;
let yearId: string;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
  // One person holding every permission a date form needs: administrator, chair, vice chair and secretary.
  const { staff, user } = await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearId, isAdmin: true });
  await buildCouncilMember(prisma, school.id, yearId, staff.id, 'vice_chair');
  await buildCouncilMember(prisma, school.id, yearId, staff.id, 'secretary');
  agent = agentFor(buildTestApp(db.current, testClock('2026-11-26T03:00:00Z')).app);
  await loginAs(agent, user.username, TEST_PASSWORD);
});

async function post(formPath: string, url: string, body: Record<string, string>) {
  const token = csrfFrom((await agent.get(formPath)).text);
  return agent
    .post(url)
    .type('form')
    .set('Accept', 'text/html')
    .send({ _csrf: token, ...body });
}

const errorOf = (html: string, field: string) => new RegExp(`id="f-${field}-error">([^<]*)<`).exec(html)?.[1]?.trim();

describe('the staff form', () => {
  it.each([
    ['01/01/0000', BOUNDS],
    ['0099-06-15', BOUNDS],
    ['01/01/9999', BOUNDS],
    ['31/02/1990', IMPOSSIBLE],
    ['27/11/2026', 'Ngày sinh không thể ở sau ngày hôm nay.'],
    ['01/01/2020', 'Ngày sinh phải cho tuổi từ 15 đến 100.'],
    ['01/01/1901', 'Ngày sinh phải cho tuổi từ 15 đến 100.'],
  ])('refuses the birth date %s and writes nothing', async (birthDate, message) => {
    const res = await post('/staff/new', '/staff', {
      code: `BD${birthDate.replace(/\D/g, '')}`,
      fullName: 'Trần Thị Ngày',
      gender: 'female',
      birthDate,
      position: 'Giáo viên',
      contractType: 'civil_servant',
    });
    expect(res.status).toBe(422);
    expect(errorOf(res.text, 'birthDate')).toBe(message);
    // What was typed stays in the field (an ISO date is shown the way it is typed here, dd/mm/yyyy).
    expect(res.text).toContain(`value="${birthDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')}"`);
    expect(await db.current.prisma.staff.count({ where: { schoolId, fullName: 'Trần Thị Ngày' } })).toBe(0);
  });

  it('stores a typed 15/06/1990 as that day', async () => {
    const res = await post('/staff/new', '/staff', {
      code: 'BDOK',
      fullName: 'Trần Thị Đúng',
      gender: 'female',
      birthDate: '15/06/1990',
      position: 'Giáo viên',
      contractType: 'civil_servant',
    });
    expect(res.status).toBe(302);
    const staff = await db.current.prisma.staff.findFirstOrThrow({ where: { schoolId, code: 'BDOK' } });
    expect(staff.birthDate?.toISOString()).toBe('1990-06-15T00:00:00.000Z');
  });
});

describe('other date forms', () => {
  it('a movement refuses 31/02/2025 as impossible and 0099-06-15 as out of bounds', async () => {
    const base = { name: 'Phong trào thử ngày', launchLevel: 'school', kind: 'regular', goals: '', criteria: '' };
    const impossible = await post('/movements/new', '/movements', { ...base, startsOn: '31/02/2025' });
    expect(impossible.status).toBe(422);
    expect(errorOf(impossible.text, 'startsOn')).toBe(IMPOSSIBLE);
    const ancient = await post('/movements/new', '/movements', { ...base, endsOn: '0099-06-15' });
    expect(errorOf(ancient.text, 'endsOn')).toBe(BOUNDS);
    expect(await db.current.prisma.movement.count({ where: { schoolId } })).toBe(0);
  });

  it('a milestone, a council decision, a school year, the register and a rule parameter refuse impossible and out-of-bounds dates', async () => {
    const milestone = await post('/calendar/2026', '/calendar/2026/milestones', { kind: 'other', title: 'Họp', dueOn: '30/02/2027', ownerRole: 'secretary' });
    expect(milestone.status).toBe(422);
    expect(errorOf(milestone.text, 'dueOn')).toBe(IMPOSSIBLE);

    const decision = await post('/council/2026', '/council/2026/decisions', { number: '9/QĐ-TH', signedOn: '01/01/0000' });
    expect(decision.status).toBe(422);
    expect(decision.text).toContain(BOUNDS);

    const year = await post('/admin/school', `/admin/school/years/${yearId}`, { governingBody: 'UBND', upperCouncil: 'HĐTĐKT', evaluationDate: '31/02/2027' });
    expect(year.status).toBe(422);
    expect(year.text).toContain(IMPOSSIBLE);

    const register = await post('/register', '/register', { type: 'TB', title: 'Thông báo', issuedOn: '9999-01-01' });
    expect(register.status).toBe(422);
    expect(register.text).toContain(BOUNDS);
    expect(await db.current.prisma.issuedDocument.count({ where: { schoolId } })).toBe(0);

    const rule = await post('/rules', '/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt', { value: '15', effectiveFrom: '31/02/2025', reason: 'Thử' });
    expect(rule.status).toBe(422);
    expect(rule.text).toContain(IMPOSSIBLE);
    expect(await db.current.prisma.ruleParameterOverride.count({ where: { schoolId } })).toBe(0);
  });

  it('the plan refuses 31/02/2025 in a "căn cứ" row and 20/11/0000 in an anniversary row, beside that date', async () => {
    const { title, content } = emptyPlanSkeleton(2027, 'Nguyễn Thúy Hà');
    const plan = await db.current.prisma.plan.create({
      data: { schoolId, year: 2027, title, content: json(content), basedOn: [], anniversaries: [], roleDuties: [] },
    });
    const res = await post(`/plans/${plan.id}/edit`, `/plans/${plan.id}/edit`, {
      title,
      preamble: '',
      closing: 'Trên đây là kế hoạch.',
      recipients: 'VT | Lưu',
      signatureOnBehalfOf: 'TM. HỘI ĐỒNG',
      signatureTitle: 'CHỦ TỊCH',
      signatureName: 'Nguyễn Thúy Hà',
      'basedOn.0.number': '1/KH-UBND',
      'basedOn.0.date': '21/02/2025',
      'basedOn.0.issuer': 'UBND',
      'basedOn.0.title': 'Kế hoạch',
      'basedOn.1.number': '2/KH-UBND',
      'basedOn.1.date': '31/02/2025',
      'basedOn.1.issuer': 'UBND',
      'basedOn.1.title': 'Kế hoạch',
      'anniversaries.0.name': 'Ngày Nhà giáo',
      'anniversaries.0.date': '20/11/0000',
      revision: '1',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`<p class="field__error" id="f-basedOn.1.date-error">${IMPOSSIBLE}</p>`);
    expect(res.text).toContain(`<p class="field__error" id="f-anniversaries.0.date-error">${BOUNDS}</p>`);
    const after = await db.current.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(after.revision).toBe(1);
    expect(after.basedOn).toEqual([]);
  });

  it('the staff import refuses 01/01/0000 and a birth date in 9999 with the bounds', async () => {
    const rows = [setCell(setCell(demoRows()[0]!, 'Ngày sinh', '01/01/9999'), 'Ngày vào ngành', '01/01/0000')];
    const token = csrfFrom((await agent.get('/staff/import')).text);
    const res = await agent
      .post(`/staff/import`)
      .field('_csrf', token)
      .attach('file', await staffWorkbook(rows), 'danh-ba.xlsx');
    const page = res.status === 302 ? await agent.get(res.headers.location as string) : res;
    expect(page.text).toContain(`Ngày sinh “01/01/9999” không hợp lệ. ${BOUNDS}`);
    expect(page.text).toContain(`Ngày vào ngành “01/01/0000” không hợp lệ. ${BOUNDS}`);
  });
});
