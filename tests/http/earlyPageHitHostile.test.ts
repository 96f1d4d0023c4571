// The early page hit (earlyPageHit.ts, ADR 022) attacked: it answers before express-session, passport and the
// account loader, so anything it reads differently from them, or too early, becomes a way around them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncilMember, buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { answeredEarly, countedGet, sessionCookieOf, sidOf, signInRaw } from '../support/rawSession.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
const clock = testClock('2026-11-26T03:00:00Z');
let app: ReturnType<typeof buildTestApp>['app'];
let server: http.Server;
let school: { id: string; code: string };
let yearId: string;

const signIn = (o: { isAdmin?: boolean; role?: 'chair' } = {}) => signInRaw(app, db.current.prisma, school.id, { ...o, schoolYearId: yearId });
const get = (path: string, cookie: string, headers: Record<string, string> = {}) => countedGet(app, sql, path, cookie, headers);
const early = answeredEarly;
const sessionRows = async (cookie: string) => (await db.current.pool.query('SELECT 1 FROM session WHERE sid = $1', [sidOf(cookie)])).rowCount;

beforeAll(async () => {
  const built = await buildSchool(db.current.prisma, { years: [2026] });
  school = built.school;
  yearId = built.yearOf(2026).id;
  app = buildTestApp(db.current, clock).app;
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the early page hit, attacked', () => {
  it('a GET whose body is still arriving is not served from a session read before it: a logout meanwhile stays a logout', async () => {
    const cookie = await signIn();
    const page = await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    // The thief's request: a GET (?lang= writes the session) whose form body trickles in; body parsing comes before
    // express-session, so a session row read on arrival would be minutes old when used — and saved back.
    const { port } = server.address() as AddressInfo;
    const slow = http.request({
      port,
      host: '127.0.0.1',
      method: 'GET',
      path: '/?lang=en',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '3' },
    });
    const answered = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      slow.on('error', reject);
    });
    slow.write('a=');
    await new Promise((r) => setTimeout(r, 300)); // an early read, if any, is done by now
    // Meanwhile the owner signs out (as after "sign out everywhere" or a password change: the row is deleted).
    await request(app)
      .post('/logout')
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: csrfFrom(page.res.text) })
      .expect(302);
    expect(await sessionRows(cookie)).toBe(0);
    slow.end('1');
    expect(await answered).toBeLessThan(500);
    expect(await sessionRows(cookie)).toBe(0);
    const after = await get('/', cookie);
    expect(after.res.status).toBe(302);
    expect(after.res.headers.location).toMatch(/^\/login\b/);
  });

  it('a U+00A0 around the cookie name or value does not make the early hit read a session express-session would not', async () => {
    const a = await signIn();
    const b = await signIn();
    await get('/', a);
    const pageA = await get('/', a);
    expect(early(pageA)).toBe(true);
    const pageB = await get('/', b);
    // Cookie tossing: a neighbouring site sets "\u00a0thidua.sid" (no __Host- prefix, so it may) to its own session,
    // sent first. express-session reads "thidua.sid", the victim's: so must the early hit.
    const tossed = await get('/', `\u00a0${a}; ${b}`);
    expect(tossed.res.status).toBe(200);
    expect(csrfFrom(tossed.res.text)).toBe(csrfFrom(pageB.res.text));
    expect(csrfFrom(tossed.res.text)).not.toBe(csrfFrom(pageA.res.text));
    // A value express-session cannot verify (a trailing U+00A0) is no session at all, early or not.
    const padded = await get('/', `${a}\u00a0`);
    expect(padded.res.status).toBe(302);
  });

  it("a public page asked for in capitals (/CONG-KHAI/…, routed all the same) is never kept: another school's change shows at once", async () => {
    const other = (await buildSchool(db.current.prisma, { years: [2026], name: 'Trường Tiểu học Hoa Sen' })).school;
    const cookie = await signIn();
    const path = `/CONG-KHAI/${other.code}`;
    const first = await get(path, cookie);
    expect(first.res.status).toBe(200);
    expect(first.res.text).toContain('Trường Tiểu học Hoa Sen');
    const second = await get(path, cookie);
    expect(early(second)).toBe(false);
    // The other school's writes change its own version, not that of the school of the person reading.
    await db.current.prisma.school.update({ where: { id: other.id }, data: { name: 'Trường Tiểu học Hoa Mai' } });
    const third = await get(path, cookie);
    expect(third.res.text).toContain('Trường Tiểu học Hoa Mai');
  });

  const PAGES = ['/', '/staff', '/council', '/account/password', '/notifications', '/calendar', '/plans', '/admin/users', '/statistics/print', '/records/me'];
  /** A response's headers but its own (cookie, request id, date), in name order (the order of headers carries nothing). */
  const pageHeaders = (r: request.Response) =>
    Object.entries(r.headers)
      .filter(([name]) => !['set-cookie', 'x-request-id', 'date'].includes(name))
      .sort(([a], [b]) => a.localeCompare(b));

  it.each([
    ['an administrator', { isAdmin: true }],
    ['the council chair', { role: 'chair' as const }],
    ['a teacher', {}],
  ])("as %s, every early answer has the bytes and headers of the full pipeline's, page by page", async (_who, o) => {
    const cookie = await signIn(o);
    const compared: string[] = [];
    for (const path of PAGES) {
      const rendered = await get(path, cookie);
      if (rendered.res.status !== 200) continue;
      const earlyHit = await get(path, cookie);
      expect(early(earlyHit), path).toBe(true);
      // A conditional request goes the whole way and is answered from the cache there.
      const fullHit = await get(path, cookie, { 'If-None-Match': '"none"' });
      expect(early(fullHit), path).toBe(false);
      expect(fullHit.res.status, path).toBe(200);
      expect(earlyHit.res.text, path).toBe(fullHit.res.text);
      expect(pageHeaders(earlyHit.res), path).toEqual(pageHeaders(rendered.res));
      expect(pageHeaders(earlyHit.res), path).toEqual(pageHeaders(fullHit.res));
      expect(earlyHit.res.headers['x-request-id'], path).not.toBe(rendered.res.headers['x-request-id']);
      compared.push(path);
    }
    expect(compared.length).toBeGreaterThanOrEqual(4);
  });

  it('HEAD, and a GET with If-Modified-Since or Range: as the full pipeline answers them', async () => {
    const cookie = await signIn();
    const page = await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    sql.start();
    const head = await request(app).head('/').set('Cookie', cookie);
    sql.stop();
    expect(head.status).toBe(200);
    expect(sql.statements.length).toBeGreaterThan(1); // not early: HEAD is not cached
    const since = await get('/', cookie, { 'If-Modified-Since': new Date(clock.now.getTime() + 3_600_000).toUTCString() });
    expect(since.res.status).toBe(200); // pages send no Last-Modified: never "not modified" by date
    expect(since.res.text).toBe(page.res.text);
    const range = await get('/', cookie, { Range: 'bytes=0-9' });
    expect(range.res.status).toBe(200);
    expect(range.res.text).toBe(page.res.text);
  });

  it('a disabled account gets the login page at once, with its page cached and "last seen" fresh', async () => {
    const cookie = await signIn();
    const admin = await signIn({ isAdmin: true });
    await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    const row = await db.current.pool.query<{ id: string }>("SELECT sess->'passport'->>'user' AS id FROM session WHERE sid = $1", [sidOf(cookie)]);
    const users = await get('/admin/users', admin);
    await request(app)
      .post(`/admin/users/${row.rows[0]!.id}/disable`)
      .set('Cookie', admin)
      .type('form')
      .send({ _csrf: csrfFrom(users.res.text), disabled: 'true' })
      .expect(302);
    const after = await get('/', cookie);
    expect(early(after)).toBe(false);
    expect(after.res.status).toBe(302);
    expect(after.res.headers.location).toMatch(/^\/login\b/);
  });

  it('a council role ending on a Vietnam day is gone a second after midnight, with the page cached and "last seen" fresh', async () => {
    const saved = clock.now;
    try {
      clock.set('2026-11-26T16:59:58Z'); // 23:59:58 in Vietnam, the last day of the chair's term
      const own = await buildSchool(db.current.prisma, { years: [2026] }); // one chair a day per school
      const { staff, user } = await buildPerson(db.current.prisma, own.school.id);
      await buildCouncilMember(db.current.prisma, own.school.id, own.yearOf(2026).id, staff.id, 'chair', { to: new Date('2026-11-26T00:00:00Z') });
      const page = await request(app).get('/login');
      const res = await request(app)
        .post('/login')
        .set('Cookie', String(page.headers['set-cookie']).split(';')[0]!)
        .type('form')
        .send({ username: user.username, password: TEST_PASSWORD, _csrf: csrfFrom(page.text) });
      const cookie = sessionCookieOf(res)!;
      expect((await get('/meetings/new', cookie)).res.status).toBe(200);
      expect(early(await get('/meetings/new', cookie))).toBe(true);
      clock.advance(3_000); // 00:00:01, 27/11
      const after = await get('/meetings/new', cookie);
      expect(early(after)).toBe(false);
      expect(after.res.status).toBe(403);
    } finally {
      clock.now = saved;
    }
  });

  it('a session row whose sign-in times are not numbers is ended, not answered early for ever', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    await db.current.pool.query('UPDATE session SET sess = sess::jsonb || $2::jsonb WHERE sid = $1', [
      sidOf(cookie),
      JSON.stringify({ signedInAt: 'x', lastSeenAt: String(clock.now.getTime()) }),
    ]);
    const after = await get('/', cookie);
    expect(after.res.status).toBe(302);
    expect(after.res.headers.location).toBe('/login');
  });
});
