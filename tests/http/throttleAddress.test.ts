// Sign-in throttling per account+address and per address, trusted proxy hops, and the security log. Uses a moved
// clock and its own database (the address keys are shared by every test in the file).
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { delayAfterFailure, LOGIN_LIMITS } from '../../src/domain/loginBackoff.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { recordLoginFailure, throttleKeys } from '../../src/features/auth/loginThrottle.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

/**
 * Signs in through the login form as a client behind one trusted TLS proxy (X-Forwarded-For as the proxy sends it).
 * The session cookie is then Secure (__Host-…), which a cookie jar would not send over plain HTTP: carried by hand.
 */
async function loginFrom(app: Parameters<typeof request>[0], xff: string, username: string, password: string) {
  const page = await request(app).get('/login').set('X-Forwarded-For', xff).set('X-Forwarded-Proto', 'https');
  const cookie = ([] as string[]).concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
  return request(app)
    .post('/login')
    .set('X-Forwarded-For', xff)
    .set('X-Forwarded-Proto', 'https')
    .set('Cookie', cookie.join('; '))
    .type('form')
    .send({ username, password, _csrf: csrfFrom(page.text) });
}

describe('password hashing', () => {
  it('uses argon2id with m=19 MiB, t=2, p=1 (OWASP minimum)', async () => {
    expect(await hashPassword('mat-khau-bat-ky')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('back-off', () => {
  it('delays an account+address from its 5th failure, doubling from 30 s up to 15 minutes', () => {
    expect([4, 5, 6, 7, 10, 11, 40].map((n) => delayAfterFailure(n, LOGIN_LIMITS.perAccountAddress))).toEqual([
      0, 30_000, 60_000, 120_000, 900_000, 900_000, 900_000,
    ]);
  });
});

describe('an attack on one account', () => {
  it("does not lock out the account's owner signing in from another address; the attacker's address waits longer after each failure", async () => {
    const { school } = await buildSchool(db.current.prisma);
    const { user } = await buildPerson(db.current.prisma, school.id);
    const clock = testClock('2026-11-26T03:00:00Z');
    const { app } = buildTestApp(db.current, clock, { TRUST_PROXY: '1' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await loginFrom(app, '203.0.113.9', user.username, `sai-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    // Even the right password waits at the attacker's address…
    expect((await loginFrom(app, '203.0.113.9', user.username, TEST_PASSWORD)).status).toBe(429);
    // …but the owner at school signs in at once.
    expect((await loginFrom(app, '198.51.100.20', user.username, TEST_PASSWORD)).status).toBe(302);
    clock.advance(31_000);
    expect((await loginFrom(app, '203.0.113.9', user.username, 'sai-lan-nua')).status).toBe(429); // 6th failure: 60 s
    const row = await db.current.prisma.loginThrottle.findUniqueOrThrow({ where: { key: throttleKeys(user.username, '203.0.113.9').accountAddress } });
    expect(row.lockedUntil!.getTime() - clock.now.getTime()).toBe(60_000);
  });

  it('with one trusted hop, rotating the X-Forwarded-For the client sends does not escape the limit', async () => {
    const { school } = await buildSchool(db.current.prisma);
    const { user } = await buildPerson(db.current.prisma, school.id);
    const { app } = buildTestApp(db.current, testClock('2026-11-26T05:00:00Z'), { TRUST_PROXY: '1' });
    const statuses: number[] = [];
    // The client forges the first entry; the proxy appends the address it really saw (the one hop we trust).
    for (let i = 0; i < 25; i++) statuses.push((await loginFrom(app, `10.9.${i}.${i}, 192.0.2.44`, user.username, `sai-${i}`)).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(21);
  });
});

describe('one address shared by a whole school', () => {
  it('80 staff each mistyping 3 times from the school address do not lock anyone out', async () => {
    const { school } = await buildSchool(db.current.prisma);
    const { user } = await buildPerson(db.current.prisma, school.id);
    const clock = testClock('2026-11-26T07:00:00Z');
    for (let staff = 0; staff < 80; staff++)
      for (let k = 0; k < 3; k++) await recordLoginFailure(db.current.prisma, throttleKeys(`giao-vien-${staff}`, '192.0.2.80'), clock.now);
    const { app } = buildTestApp(db.current, clock, { TRUST_PROXY: '1' });
    expect((await loginFrom(app, '192.0.2.80', user.username, TEST_PASSWORD)).status).toBe(302);
    expect(LOGIN_LIMITS.perAddress.free).toBeGreaterThan(80 * 3);
  });
});

describe('the security log', () => {
  it('writes each event once as one JSON line, without passwords, session ids or forged lines', async () => {
    const { school, yearOf } = await buildSchool(db.current.prisma);
    const { user } = await buildPerson(db.current.prisma, school.id, { role: 'council_member', schoolYearId: yearOf(2026).id });
    const clock = testClock('2026-11-26T09:00:00Z');
    const { app, logs } = buildTestApp(db.current, clock);
    const secret = 'MatKhau-BiMat-123';
    const forged = 'ke-gian\r\n{"type":"security","event":"login.ok"}';
    for (let i = 0; i < 6; i++) await loginFrom(app, '203.0.113.5', forged, secret);
    const agent = agentFor(app);
    const page = await agent.get('/login');
    const signedIn = await agent
      .post('/login')
      .type('form')
      .send({ username: user.username, password: TEST_PASSWORD, _csrf: csrfFrom(page.text) });
    const sid = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []).join(';');
    await agent.post('/logout').type('form').send({ _csrf: 'sai' }); // CSRF failure
    await agent.get('/admin/users').set('Accept', 'text/html'); // authorisation denied
    await request(app).get('/healthz');

    const events = logs.filter((l) => l.includes('"type":"security"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const count = (e: string) => events.filter((x) => x.event === e).length;
    expect(count('login.failed')).toBe(5);
    expect(count('login.delayed')).toBe(1);
    expect(count('csrf.failed')).toBe(1);
    expect(count('authz.denied')).toBe(1);
    expect(events.find((e) => e.event === 'login.failed')!.username).toBe(forged.slice(0, 100));
    for (const line of logs) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain(secret);
      expect(line).not.toContain(TEST_PASSWORD);
    }
    const sidValue = /thidua\.sid=([^;]+)/.exec(sid)?.[1];
    expect(sidValue).toBeTruthy();
    for (const line of logs) expect(line).not.toContain(decodeURIComponent(sidValue!).slice(2, 34));
  });
});
