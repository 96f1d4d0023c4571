// Signing in and browsing with a bare session cookie (no cookie jar), for tests of the session and the early page
// hit: the cookie is a string the test can keep, replay after a logout, forge or edit.
import request from 'supertest';
import { expect } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildPerson, TEST_PASSWORD } from './factories.ts';
import type { sqlCounter } from './sqlCounter.ts';
import { csrfFrom, type buildTestApp } from './testApp.ts';

type App = ReturnType<typeof buildTestApp>['app'];

/** The session cookie ("thidua.sid=…") a response sets, if any. */
export const sessionCookieOf = (res: request.Response): string | undefined =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('thidua.sid='))
    ?.split(';')[0];

/** The session id inside a signed session cookie. */
export const sidOf = (cookie: string) => decodeURIComponent(cookie.split('=')[1]!).slice(2).split('.')[0]!;

/** Builds a person in the school and signs them in through the login form: the session cookie. */
export async function signInRaw(app: App, prisma: PrismaClient, schoolId: string, person: Parameters<typeof buildPerson>[2] = {}): Promise<string> {
  const { user } = await buildPerson(prisma, schoolId, person);
  const page = await request(app).get('/login');
  const csrfCookie = String(page.headers['set-cookie']).split(';')[0]!;
  const res = await request(app)
    .post('/login')
    .set('Cookie', csrfCookie)
    .type('form')
    .send({ username: user.username, password: TEST_PASSWORD, _csrf: csrfFrom(page.text) });
  expect(res.status).toBe(302);
  return sessionCookieOf(res)!;
}

/** A GET with a cookie, with the SQL statements it cost. */
export async function countedGet(app: App, sql: ReturnType<typeof sqlCounter>, path: string, cookie: string, headers: Record<string, string> = {}) {
  sql.start();
  try {
    const res = await request(app).get(path).set('Cookie', cookie).set(headers);
    return { res, statements: [...sql.statements] };
  } finally {
    sql.stop();
  }
}

/** Answered by the early page hit: the one session statement, and no rolling cookie (the full pipeline always sends one). */
export const answeredEarly = (r: { res: request.Response; statements: string[] }) =>
  r.statements.length === 1 && r.statements[0]!.includes('"DataVersion"') && !sessionCookieOf(r.res);
