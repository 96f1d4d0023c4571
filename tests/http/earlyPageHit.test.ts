// The early page hit (issue 16, ADR 022): a repeated signed-in GET is answered from the page cache before the session,
// passport and view middleware — with the same bytes and headers as the full pipeline's answer (but for the rolling
// session cookie), one statement, and every decision of the full pipeline kept: the absolute timeout, a logged-out or
// forged cookie, a pending flash message, a language switch, "last seen" due to be stored.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchool } from '../support/factories.ts';
import { answeredEarly, countedGet, sessionCookieOf, sidOf, signInRaw } from '../support/rawSession.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
const clock = testClock('2026-11-26T03:00:00Z');
let app: ReturnType<typeof buildTestApp>['app'];
let schoolId: string;

const signIn = () => signInRaw(app, db.current.prisma, schoolId);
const get = (path: string, cookie: string, headers: Record<string, string> = {}) => countedGet(app, sql, path, cookie, headers);
const early = answeredEarly;

/** Writes into a session row's JSON (a test's stand-in for what another request stored). */
async function editSession(cookie: string, patch: Record<string, unknown>) {
  const sid = sidOf(cookie);
  const { rowCount } = await db.current.pool.query('UPDATE session SET sess = sess::jsonb || $2::jsonb WHERE sid = $1', [sid, JSON.stringify(patch)]);
  expect(rowCount).toBe(1);
}

beforeAll(async () => {
  schoolId = (await buildSchool(db.current.prisma, { years: [2026] })).school.id;
  app = buildTestApp(db.current, clock).app;
});

describe('early page hit', () => {
  it('a repeated GET gets the same page and headers as the full pipeline gave, from one statement and no session cookie', async () => {
    const cookie = await signIn();
    const first = await get('/', cookie);
    expect(first.res.status).toBe(200);
    expect(early(first)).toBe(false);
    const second = await get('/', cookie);
    expect(second.res.status).toBe(200);
    expect(early(second)).toBe(true);
    expect(second.res.text).toBe(first.res.text);
    const own = new Set(['set-cookie', 'x-request-id', 'date']);
    const headers = (r: request.Response) => Object.entries(r.headers).filter(([name]) => !own.has(name));
    expect(headers(second.res)).toEqual(headers(first.res));
    expect(second.res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(second.res.headers['cache-control']).toBe('no-store');
    expect(second.res.headers['x-request-id']).not.toBe(first.res.headers['x-request-id']);
  });

  it('a session past its absolute timeout is ended even with its page cached and "last seen" fresh', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    await editSession(cookie, { signedInAt: clock.now.getTime() - 12 * 3_600_000 - 1 });
    const after = await get('/', cookie);
    expect(after.res.status).toBe(302);
    expect(after.res.headers.location).toBe('/login');
  });

  it('after logging out, or with a forged signature, the old cookie gets the login page, not the cached one', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    const forged = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await get('/', forged)).res.status).toBe(302);
    const page = await get('/', cookie);
    await request(app)
      .post('/logout')
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: csrfFrom(page.res.text) })
      .expect(302);
    const after = await get('/', cookie);
    expect(after.res.status).toBe(302);
    expect(after.res.headers.location).toMatch(/^\/login\b/);
  });

  it('a pending flash message goes through the full pipeline and is shown once', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    await editSession(cookie, { flash: [{ kind: 'info', message: 'Thông báo thử nghiệm' }] });
    const withFlash = await get('/', cookie);
    expect(early(withFlash)).toBe(false);
    expect(withFlash.res.text).toContain('Thông báo thử nghiệm');
    const next = await get('/', cookie);
    expect(next.res.text).not.toContain('Thông báo thử nghiệm');
    expect(early(await get('/', cookie))).toBe(true);
  });

  it('?lang= switches the language through the full pipeline; the next views are early hits in that language', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    const switched = await get('/?lang=en', cookie);
    expect(early(switched)).toBe(false);
    expect(switched.res.text).toContain('lang="en"');
    await get('/', cookie);
    const english = await get('/', cookie);
    expect(early(english)).toBe(true);
    expect(english.res.text).toContain('lang="en"');
  });

  it('once "last seen" is due (a minute), the full pipeline stores it and renews the cookie', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    expect(early(await get('/', cookie))).toBe(true);
    clock.advance(30_000);
    expect(early(await get('/', cookie))).toBe(true);
    await editSession(cookie, { lastSeenAt: clock.now.getTime() - 60_000 }); // the page itself is 30 s old
    const due = await get('/', cookie);
    expect(due.res.status).toBe(200);
    expect(sessionCookieOf(due.res)).toBeDefined();
    expect(due.statements.some((s) => /^\s*UPDATE "session"/.test(s))).toBe(true); // the row read, updated (never re-inserted)
  });

  it('a conditional request, a static file and a POST never take the early path', async () => {
    const cookie = await signIn();
    await get('/', cookie);
    expect(early(await get('/', cookie, { 'If-None-Match': 'W/"x"' }))).toBe(false);
    const css = await get('/css/app.css', cookie);
    expect(css.res.status).toBe(200);
    expect(css.statements).toHaveLength(0);
  });

  it('a damaged session row signs the reader out (no 500): an account id that is not a uuid, a language the app does not speak', async () => {
    for (const user of ['------------------------------------', 12, 'not-a-uuid']) {
      const cookie = await signIn();
      await get('/', cookie);
      await editSession(cookie, { passport: { user } });
      const after = await get('/', cookie);
      expect(after.res.status, String(user)).toBe(302);
      expect(after.res.headers.location).toMatch(/^\/login\b/);
    }
    const cookie = await signIn();
    await editSession(cookie, { locale: 'fr' });
    const page = await get('/', cookie);
    expect(page.res.status).toBe(200);
    expect(page.res.text).toContain('lang="vi"');
    expect(early(await get('/', cookie))).toBe(true);
  });
});
