// The registration tests' world (tests/http/registration*.test.ts): a school with five years of history
// (buildHistorySchool), the app inside the supplementary window (clock 26/11/2026, window 20/11–05/12) and after it
// (20/12/2026), a signed-in agent per person, and the steps the tests take over HTTP before what they assert.
import { beforeAll, expect } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { withChoiceLists, withChoices } from '../../src/features/registrations/registrationChoices.ts';
import { TEST_PASSWORD, buildUser } from './factories.ts';
import { buildHistorySchool } from './historySchool.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from './testApp.ts';
import type { TestDatabase } from './testDatabase.ts';

type Db = { readonly current: TestDatabase };
export type App = ReturnType<typeof buildTestApp>['app'];
type Person = 'giaovien' | 'uyvien' | 'thuky' | 'phochutich' | 'chutich' | 'admin';

/** Registers a beforeAll building the app inside the window (`open`) and after it closes (`closed`). */
export function useRegistrationApps(db: Db): { readonly open: App; readonly closed: App } {
  const apps = {} as { open: App; closed: App };
  beforeAll(() => {
    apps.open = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z')).app;
    apps.closed = buildTestApp(db.current, testClock('2026-12-20T03:00:00Z')).app;
  });
  return apps;
}

/** A fresh history school: its ids, a signed-in agent per person (on the open-window app unless told), its rows. */
export async function freshSchool(db: Db, apps: { readonly open: App; readonly closed: App }) {
  const prisma = db.current.prisma;
  const { schoolId, usernames, idOf } = await buildHistorySchool(prisma);
  const as = async (who: Person, target: App = apps.open) => {
    const agent = agentFor(target);
    await loginAs(agent, usernames[who]!, TEST_PASSWORD);
    return agent;
  };
  const regOf = async (code: string) =>
    (await prisma.registration.findMany({ where: { schoolId, staffId: idOf(code) }, include: withChoices })).map(withChoiceLists);
  /** An account for Đỗ Thị Hương (GV010), a teacher of Tổ khối 2: another group than Hoàng Thị Mai's. */
  const outsider = async () => {
    const user = await buildUser(prisma, schoolId, { staffId: idOf('GV010'), username: `khoi2-${schoolId.slice(0, 8)}`, displayName: 'Đỗ Thị Hương' });
    const agent = agentFor(apps.open);
    await loginAs(agent, user.username, TEST_PASSWORD);
    return agent;
  };
  return { prisma, schoolId, U: usernames, idOf, as, regOf, outsider, closedApp: apps.closed };
}
export type School = Awaited<ReturnType<typeof freshSchool>>;

/** Submits the registration form (a staff registration unless `body` says otherwise) with the form page's token. */
export async function submit(agent: TestAgent, body: Record<string, unknown>, path = '/registrations') {
  const page = await agent.get('/registrations/new');
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), subject: 'staff', action: 'submit', ...body });
}

/** Hoàng Thị Mai (GV005) submits LĐTT and CSTĐCS; returns the registration's URL. */
export async function teacherSubmits(s: School, extra: Record<string, unknown> = {}) {
  const res = await submit(await s.as('giaovien'), { titles: ['LDTT', 'CSTDCS'], commitments: 'Dạy tốt', ...extra });
  expect(res.status).toBe(302);
  return res.headers.location!;
}

/** The secretary registers Đỗ Thị Liên (NV005) late for LĐTT, after the window. */
async function secretaryRegistersLate(s: School) {
  const secretary = await s.as('thuky', s.closedApp);
  const form = await secretary.get('/registrations/late');
  const ok = await secretary
    .post('/registrations/late')
    .type('form')
    .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT', lateReason: 'Nghỉ ốm trong đợt đăng ký' });
  expect(ok.status).toBe(302);
}

/** Nguyễn Thúy Hà (GV001, the chair) submits LĐTT for herself. */
async function chairSubmits(s: School) {
  expect((await submit(await s.as('chutich'), { titles: ['LDTT'] })).status).toBe(302);
}

/** The three staff registrations the review works on: GV005 (LĐTT + CSTĐCS), NV005 (late, LĐTT), GV001 (LĐTT). */
export async function threeSubmitted(s: School) {
  await teacherSubmits(s);
  await secretaryRegistersLate(s);
  await chairSubmits(s);
}

/** The review as the vice chair walks it: GV005's registration returned, fixed and resubmitted, then all approved in bulk. */
export async function threeReviewed(s: School) {
  await threeSubmitted(s);
  const [reg] = await s.regOf('GV005');
  const vice = await s.as('phochutich');
  const review = await vice.get('/registrations/review');
  await vice
    .post(`/registrations/${reg!.id}/review`)
    .type('form')
    .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: 'Bổ sung tên sáng kiến' });
  const teacher = await s.as('giaovien');
  const fixed = await teacher.get(`/registrations/${reg!.id}`);
  await teacher
    .post(`/registrations/${reg!.id}`)
    .type('form')
    .send({
      _csrf: csrfFrom(fixed.text),
      subject: 'staff',
      action: 'submit',
      titles: ['LDTT', 'CSTDCS'],
      initiativeTitle: 'Dạy học phân hóa lớp 1',
      revision: /name="revision" value="(\d+)"/.exec(fixed.text)![1],
    });
  const list = await vice.get('/registrations/review');
  const ids = [...list.text.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
  const approved = await vice
    .post('/registrations/review/approve')
    .type('form')
    .send({ _csrf: csrfFrom(list.text), ids });
  expect(approved.status).toBe(302);
  expect(await s.prisma.registration.count({ where: { schoolId: s.schoolId, status: 'approved' } })).toBe(3);
}
