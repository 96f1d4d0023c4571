// A session ended while one of its requests is under way (logout, a password change ending the other sessions, a
// disabled account: each deletes rows of the `session` table) stays ended when that request saves the session at its
// end: the store only updates a row it read, never inserts it again (connect-pg-simple's own save is an upsert).
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchool } from '../support/factories.ts';
import { sidOf, signInRaw } from '../support/rawSession.ts';
import { buildTestApp, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let app: ReturnType<typeof buildTestApp>['app'];
let schoolId: string;

const signIn = () => signInRaw(app, db.current.prisma, schoolId);
const sessionRows = async (sid: string) => (await db.current.pool.query('SELECT 1 FROM session WHERE sid = $1', [sid])).rowCount;

beforeAll(async () => {
  schoolId = (await buildSchool(db.current.prisma, { years: [2026] })).school.id;
  app = buildTestApp(db.current, clock).app;
});

describe('a session ended during one of its requests', () => {
  it('is not written back when that request saves the session (here: a language switch)', async () => {
    const cookie = await signIn();
    const sid = sidOf(cookie);
    // Hold the request after its session read: the account's context reads "School", locked here for a moment.
    const locker = await db.current.pool.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "School" IN ACCESS EXCLUSIVE MODE');
      const pending = request(app)
        .get('/?lang=en')
        .set('Cookie', cookie)
        .then((r) => r);
      for (let i = 0; i < 100; i++) {
        const waiting = await db.current.pool.query(
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        if (waiting.rowCount) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // Meanwhile the session is ended ("sign out everywhere" deletes the rows, as logout and disabling do).
      await db.current.pool.query('DELETE FROM session WHERE sid = $1', [sid]);
      await locker.query('COMMIT');
      const res = await pending;
      expect(res.status).toBe(200);
    } finally {
      locker.release();
    }
    expect(await sessionRows(sid)).toBe(0);
    const after = await request(app).get('/').set('Cookie', cookie);
    expect(after.status).toBe(302);
    expect(after.headers.location).toMatch(/^\/login\b/);
  });

  it('a new session (signing in) and a session still there (flash, language, "last seen") are stored as before', async () => {
    const cookie = await signIn();
    const sid = sidOf(cookie);
    expect(await sessionRows(sid)).toBe(1);
    const switched = await request(app).get('/?lang=en').set('Cookie', cookie);
    expect(switched.status).toBe(200);
    const stored = await db.current.pool.query<{ sess: { locale?: string } }>('SELECT sess FROM session WHERE sid = $1', [sid]);
    expect(stored.rows[0]?.sess.locale).toBe('en');
    expect((await request(app).get('/').set('Cookie', cookie)).text).toContain('lang="en"');
  });
});
