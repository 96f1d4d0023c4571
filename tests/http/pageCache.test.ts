// The rendered-page cache (issue 16, ADR 022): a repeated signed-in GET is answered from memory with no statement of
// its own (only the session read and the account context, which carries the school's data version); any committed
// write to the school's data — through a command or straight to the database — changes what is served; another user,
// language or day never gets the entry; pages with a flash message and downloads are not kept; a write in another
// school does not invalidate.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotification } from '../support/visibilityFactories.ts';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
const clock = testClock('2026-11-26T03:00:00Z'); // never moved: an entry lives a minute of the app clock
type Agent = ReturnType<typeof agentFor>;
let admin: Agent;
let secretary: Agent;
let teacher: Agent;
let schoolId: string;
let otherSchoolId: string;
let teacherUserId: string;

/** GET a page, counting the statements it cost. */
async function counted(agent: Agent, path: string) {
  sql.start();
  try {
    const res = await agent.get(path);
    return { res, statements: [...sql.statements] };
  } finally {
    sql.stop();
  }
}

/** A hit: only the session read with the account context (and the data version) — nothing of the page's own. */
const isHit = (statements: string[]) => statements.length === 1 && statements[0]!.includes('"DataVersion"');

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  schoolId = school.id;
  otherSchoolId = (await buildSchool(prisma, { years: [2026] })).school.id;
  const { app } = buildTestApp(db.current, clock); // the cache on, as by default (16 MB)
  const people = {
    admin: await buildPerson(prisma, schoolId, { isAdmin: true }),
    secretary: await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: yearOf(2026).id }),
    teacher: await buildPerson(prisma, schoolId),
  };
  teacherUserId = people.teacher.user.id;
  [admin, secretary, teacher] = [agentFor(app), agentFor(app), agentFor(app)];
  await loginAs(admin, people.admin.user.username, TEST_PASSWORD);
  await loginAs(secretary, people.secretary.user.username, TEST_PASSWORD);
  await loginAs(teacher, people.teacher.user.username, TEST_PASSWORD);
});

describe('page cache', () => {
  it('a second GET of a page is answered from the cache, with no statement of the page', async () => {
    const first = await counted(secretary, '/staff');
    expect(first.res.status).toBe(200);
    expect(first.statements.length).toBeGreaterThan(2);
    const second = await counted(secretary, '/staff');
    expect(second.res.status).toBe(200);
    expect(isHit(second.statements)).toBe(true);
    expect(second.res.text).toBe(first.res.text);
    expect(second.res.headers['content-type']).toMatch(/^text\/html/);
    expect(second.res.headers['cache-control']).toBe('no-store');
  });

  it('a command that changes the school (saving its settings) changes what every page of the school shows', async () => {
    await admin.get('/');
    expect(isHit((await counted(admin, '/')).statements)).toBe(true);
    await counted(secretary, '/');
    const form = await admin.get('/admin/school');
    const saved = await admin
      .post('/admin/school')
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        name: 'Trường Tiểu học Đổi Tên',
        governingBody: 'UBND PHƯỜNG THỬ',
        address: 'Hà Nội',
        placeName: 'Hà Nội',
        documentPrefix: 'TH',
      });
    expect(saved.status).toBe(302);
    for (const agent of [admin, secretary]) {
      const after = await counted(agent, '/');
      expect(isHit(after.statements)).toBe(false);
      expect(after.res.text).toContain('Trường Tiểu học Đổi Tên');
    }
  });

  it("marking a notification read (the reader's own command) changes the next view", async () => {
    const note = await buildNotification(db.current.prisma, schoolId, teacherUserId, 'Thông báo kiểm thử bộ nhớ đệm');
    const before = await teacher.get('/notifications');
    expect(before.text).toContain('Thông báo kiểm thử bộ nhớ đệm');
    expect(isHit((await counted(teacher, '/notifications')).statements)).toBe(true);
    const read = await teacher
      .post(`/notifications/${note.id}/read`)
      .type('form')
      .send({ _csrf: csrfFrom(before.text) });
    expect(read.status).toBe(302);
    const after = await counted(teacher, '/notifications');
    expect(isHit(after.statements)).toBe(false);
    expect(after.res.text).not.toBe(before.text);
  });

  it('a write straight to the database (no command) is seen on the next view', async () => {
    await secretary.get('/staff');
    await buildStaff(db.current.prisma, schoolId, { fullName: 'Người Mới Vào' });
    const after = await counted(secretary, '/staff');
    expect(isHit(after.statements)).toBe(false);
    expect(after.res.text).toContain('Người Mới Vào');
  });

  it('identical requests arriving while the page renders wait for that render instead of rendering it again', async () => {
    await buildStaff(db.current.prisma, schoolId, { fullName: 'Người Mới Nữa' });
    sql.start();
    const all = await Promise.all(Array.from({ length: 5 }, () => secretary.get('/staff')));
    sql.stop();
    expect(all.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(all.map((r) => r.text)).size).toBe(1);
    expect(all[0]!.text).toContain('Người Mới Nữa');
    // Five session reads, one rendering of the staff list.
    expect(sql.statements.filter((s) => s.includes('FROM "session" s'))).toHaveLength(5);
    expect(sql.statements.filter((s) => s.includes('"public"."Staff"."code"'))).toHaveLength(1);
  });

  it('a write in another school does not invalidate this school’s pages', async () => {
    await secretary.get('/staff');
    await buildStaff(db.current.prisma, otherSchoolId, { fullName: 'Ở Trường Khác' });
    const after = await counted(secretary, '/staff');
    expect(isHit(after.statements)).toBe(true);
    expect(after.res.text).not.toContain('Ở Trường Khác');
  });

  it('another user and another language never get the entry', async () => {
    const mine = await secretary.get('/');
    expect(isHit((await counted(secretary, '/')).statements)).toBe(true);
    // Another account of the same school, same address: rendered for it.
    const theirs = await counted(admin, '/');
    expect(theirs.res.text).not.toBe(mine.text);
    // Another language (the session's, set by ?lang): rendered again, in English.
    const english = await counted(secretary, '/?lang=en');
    expect(isHit(english.statements)).toBe(false);
    const englishAgain = await counted(secretary, '/');
    expect(isHit(englishAgain.statements)).toBe(false);
    expect(englishAgain.res.text).toContain('lang="en"');
    await secretary.get('/?lang=vi');
    await secretary.get('/');
    expect(isHit((await counted(secretary, '/')).statements)).toBe(true);
  });

  it('the next Vietnam day, or a minute later by the app clock, renders the page again', async () => {
    const near = testClock('2026-11-26T16:59:00Z'); // 17:00 UTC is midnight in Hà Nội
    const agent = agentFor(buildTestApp(db.current, near).app);
    const { user } = await buildPerson(db.current.prisma, schoolId);
    await loginAs(agent, user.username, TEST_PASSWORD);
    near.set('2026-11-26T16:59:30Z');
    await agent.get('/');
    expect(isHit((await counted(agent, '/')).statements)).toBe(true);
    near.set('2026-11-26T17:00:05Z');
    const nextDay = await counted(agent, '/');
    expect(nextDay.res.status).toBe(200);
    expect(isHit(nextDay.statements)).toBe(false);
    expect(isHit((await counted(agent, '/')).statements)).toBe(true);
    near.advance(61_000);
    expect(isHit((await counted(agent, '/')).statements)).toBe(false);
  });

  it('a page showing a flash message is not kept: the next view shows no message', async () => {
    const form = await admin.get('/admin/school');
    await admin
      .post('/admin/school')
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        name: 'Trường Tiểu học Đổi Tên',
        governingBody: 'UBND PHƯỜNG THỬ',
        address: 'Hà Nội',
        placeName: 'Hà Nội',
        documentPrefix: 'TH',
      });
    const withFlash = await counted(admin, '/admin/school');
    expect(withFlash.res.text).toContain('flash');
    const next = await counted(admin, '/admin/school');
    expect(isHit(next.statements)).toBe(false);
    expect(next.res.text).not.toBe(withFlash.res.text);
    expect(isHit((await counted(admin, '/admin/school')).statements)).toBe(true);
  });

  it('downloads are not kept (each is produced again)', async () => {
    for (let i = 0; i < 2; i++) {
      const { res, statements } = await counted(secretary, '/eligibility/2025/export.csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment/);
      expect(isHit(statements)).toBe(false);
    }
  });

  it('the session-less public pages and anonymous visits never come from the cache', async () => {
    const anonymous = agentFor(buildTestApp(db.current, clock).app);
    for (let i = 0; i < 2; i++) {
      const { res, statements } = await counted(anonymous, '/login');
      expect(res.status).toBe(200);
      expect(res.text).toContain('name="_csrf"');
      expect(statements.some((s) => s.includes('"DataVersion"'))).toBe(false);
    }
  });
});
