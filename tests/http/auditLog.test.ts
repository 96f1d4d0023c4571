// Issue 15 §6: the audit page reads as Vietnamese sentences with the objects' names, details as labelled values,
// and dd/mm/yyyy date filters on Vietnam days; no action key, no UUID and no JSON in its visible text.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildCollective, buildSchool } from '../support/factories.ts';
import { buildPlan } from '../support/visibilityFactories.ts';
import { signedInPerson } from '../support/workflowFactories.ts';
import { buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let chair: TestAgent;
const ACTIONS = ['plan.approve', 'auth.login', 'staff.update', 'registration.unheard-of-action'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** What a person sees: the page without tags, scripts and attribute values. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current);
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const person = await signedInPerson(app, prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id });
  chair = person.agent;
  await prisma.user.update({ where: { id: person.userId }, data: { displayName: 'Nguyễn Thúy Hà' } });
  const plan = await buildPlan(prisma, school.id, { year: 2026 });
  const group = await buildCollective(prisma, { schoolId: school.id, name: 'Tổ khối 3' });
  const staff = await prisma.staff.findUniqueOrThrow({ where: { id: person.staffId } });
  const base = { schoolId: school.id, actorId: person.userId, requestId: 'f1e2d3c4-0000-4000-8000-000000000001' };
  await prisma.auditEvent.createMany({
    data: [
      {
        ...base,
        action: 'plan.approve',
        subject: 'Plan',
        subjectId: plan.id,
        before: { status: 'submitted' },
        after: { status: 'approved', versionNo: 1, symbol: '15/KH-HĐTĐKT' },
        at: new Date('2026-11-20T02:00:00Z'),
      },
      { ...base, action: 'auth.login', subject: 'User', subjectId: person.userId, after: { username: person.username }, at: new Date('2026-11-24T18:30:00Z') },
      {
        ...base,
        action: 'staff.update',
        subject: 'Staff',
        subjectId: staff.id,
        before: { collectiveId: null, birthDate: '1980-05-04' },
        after: { collectiveId: group.id, birthDate: '1980-05-14' },
        at: new Date('2026-11-25T03:00:00Z'),
      },
      {
        ...base,
        action: 'registration.unheard-of-action',
        subject: 'Registration',
        subjectId: '7d0c8a43-9d1c-4a3e-a2e1-0a0b0c0d0e0f',
        at: new Date('2026-11-25T04:00:00Z'),
      },
    ],
  });
});

describe('the audit log in Vietnamese', () => {
  it('as the chair, each event is a sentence naming the person and the object; no key, UUID or JSON is visible', async () => {
    const res = await chair.get('/audit');
    expect(res.status).toBe(200);
    const text = visibleText(res.text);
    expect(text).toContain('Nguyễn Thúy Hà phê duyệt kế hoạch số 15/KH-HĐTĐKT');
    expect(text).toContain('Nguyễn Thúy Hà đăng nhập');
    expect(text).toMatch(/Nguyễn Thúy Hà cập nhật cán bộ Nguyễn Văn \w+/);
    expect(text).toContain('Tổ — → Tổ khối 3'); // the collective's id in the details is shown by its name
    expect(text).toContain('04/05/1980 → 14/05/1980');
    expect(text).toContain('Nguyễn Thúy Hà thay đổi đăng ký thi đua'); // an unknown action still reads as a sentence
    for (const action of ACTIONS) expect(text).not.toContain(action);
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/[{}]"/);
  });

  it('filters on Vietnam days typed dd/mm/yyyy: the sign-in at 01:30 on 25/11 (Vietnam) belongs to 25/11', async () => {
    const text = visibleText((await chair.get('/audit?from=25/11/2026&to=25/11/2026')).text);
    expect(text).toContain('Nguyễn Thúy Hà đăng nhập');
    expect(text).not.toContain('phê duyệt kế hoạch');
    expect(text).toContain('3 sự kiện');
  });

  it('filters by kind of action and by object, chosen from Vietnamese lists', async () => {
    const page = await chair.get('/audit?action=plan&subject=Plan');
    expect(visibleText(page.text)).toContain('1 sự kiện');
    expect(page.text).toContain('<option value="plan" selected>Kế hoạch</option>');
  });

  it('an impossible date in a filter is reported as such beside the field, and the page still lists events', async () => {
    const res = await chair.get('/audit?from=31/02/2027');
    expect(res.status).toBe(200);
    expect(visibleText(res.text)).toContain('Ngày này không có trên lịch');
    expect(res.text).toContain('value="31/02/2027"');
  });
});
