// Accounts and sessions: login, session fixation, logout, throttling, CSRF, cookies, timeouts, passwords.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { verifyPassword } from '../../src/features/auth/passwords.ts';

const db = useTestDatabase();
let schoolId = '';
beforeAll(async () => {
  const { school } = await buildSchool(db.current.prisma);
  schoolId = school.id;
});

const sid = (res: request.Response) => {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith('thidua.sid='))?.split(';')[0];
};

describe('signing in', () => {
  it('accepts the right password and redirects home', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(buildTestApp(db.current).app);
    const res = await loginAs(agent, user.username, TEST_PASSWORD);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    expect((await agent.get('/')).status).toBe(200);
  });

  it('refuses a wrong password and an unknown user with the same generic message', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const { app } = buildTestApp(db.current);
    const wrong = await loginAs(agentFor(app), user.username, 'sai-mat-khau');
    const unknown = await loginAs(agentFor(app), 'khong-ton-tai', 'sai-mat-khau');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.text).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
  });

  it('re-renders the form with 422 and a message beside an empty field, keeping the username', async () => {
    const agent = agentFor(buildTestApp(db.current).app);
    const token = csrfFrom((await agent.get('/login')).text);
    const res = await agent.post('/login').type('form').send({ username: 'co-ten', password: '', _csrf: token });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="f-password-error">Vui lòng nhập mật khẩu\./);
    expect(res.text).toContain('value="co-ten"');
  });

  it('gives a new session id at login (no session fixation)', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(buildTestApp(db.current).app);
    // An anonymous session exists once something is stored in it (here the chosen language).
    const before = sid(await agent.get('/login?lang=vi'));
    expect(before).toBeTruthy();
    const page = await agent.get('/login');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ username: user.username, password: TEST_PASSWORD, _csrf: csrfFrom(page.text) });
    const after = sid(res);
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  it('logout destroys the session on the server: the old cookie no longer works', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const { app } = buildTestApp(db.current);
    const agent = agentFor(app);
    const login = await loginAs(agent, user.username, TEST_PASSWORD);
    const cookie = sid(login)!;
    const sessionsBefore = await db.current.prisma.session.count();
    const home = await agent.get('/');
    await agent
      .post('/logout')
      .type('form')
      .send({ _csrf: csrfFrom(home.text) });
    expect(await db.current.prisma.session.count()).toBe(sessionsBefore - 1);
    const replay = await request(app).get('/').set('Cookie', cookie);
    expect(replay.status).toBe(302);
    expect(replay.headers.location).toMatch(/^\/login/);
  });

  it('sets HttpOnly and SameSite=Lax cookies, Secure behind a TLS proxy', async () => {
    const plain = await request(buildTestApp(db.current).app).get('/login');
    const cookie = ([] as string[]).concat(plain.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await request(buildTestApp(db.current, testClock(), { TRUST_PROXY: 'true' }).app)
      .get('/login')
      .set('X-Forwarded-Proto', 'https');
    expect(([] as string[]).concat(proxied.headers['set-cookie'] ?? []).join(';')).toMatch(/Secure/);
  });
});

describe('login throttling', () => {
  it('locks an account after 5 failures, even for the right password, and lets it in after the back-off', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const clock = testClock('2026-11-26T03:00:00Z');
    const { app } = buildTestApp(db.current, clock);
    for (let i = 0; i < 4; i++) expect((await loginAs(agentFor(app), user.username, 'sai')).status).toBe(401);
    const fifth = await loginAs(agentFor(app), user.username, 'sai');
    expect(fifth.status).toBe(429);
    const blocked = await loginAs(agentFor(app), user.username, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('Đăng nhập sai quá nhiều lần');
    clock.advance(61_000);
    expect((await loginAs(agentFor(app), user.username, TEST_PASSWORD)).status).toBe(302);
  });

  it('throttles unknown usernames the same way (no account enumeration)', async () => {
    const { app } = buildTestApp(db.current);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await loginAs(agentFor(app), 'khong-co-ai', 'sai')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});

describe('CSRF', () => {
  it("rejects a state change without a token or with another session's token (403, nothing changed)", async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const { app } = buildTestApp(db.current);
    const victim = agentFor(app);
    await loginAs(victim, user.username, TEST_PASSWORD);
    const other = agentFor(app);
    const foreignToken = csrfFrom((await other.get('/login')).text);
    const auditBefore = await db.current.prisma.auditEvent.count();
    const body = { current: TEST_PASSWORD, next: 'mat-khau-moi-123', confirm: 'mat-khau-moi-123' };
    const missing = await victim.post('/account/password').type('form').send(body);
    const foreign = await victim
      .post('/account/password')
      .type('form')
      .send({ ...body, _csrf: foreignToken });
    expect(missing.status).toBe(403);
    expect(foreign.status).toBe(403);
    expect(missing.text).toContain('Phiên biểu mẫu đã hết hạn hoặc không hợp lệ');
    const after = await db.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await db.current.prisma.auditEvent.count()).toBe(auditBefore);
  });
});

describe('session timeouts', () => {
  it('signs out after 30 idle minutes', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const clock = testClock('2026-11-26T03:00:00Z');
    const agent = agentFor(buildTestApp(db.current, clock).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    clock.advance(29 * 60_000);
    expect((await agent.get('/')).status).toBe(200);
    clock.advance(31 * 60_000);
    const res = await agent.get('/');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/login');
  });

  it('signs out 12 hours after sign-in even when active', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const clock = testClock('2026-11-26T01:00:00Z');
    const agent = agentFor(buildTestApp(db.current, clock).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    for (let i = 0; i < 36; i++) {
      clock.advance(20 * 60_000);
      expect((await agent.get('/')).status).toBe(200);
    }
    clock.advance(20 * 60_000);
    expect((await agent.get('/')).headers.location).toBe('/login');
  });
});

describe('passwords', () => {
  it("changes one's own password; a wrong current password gets a message beside the field", async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    let page = await agent.get('/account/password');
    const wrong = await agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), current: 'sai', next: 'mat-khau-moi-123', confirm: 'mat-khau-moi-123' });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toMatch(/id="f-current-error">Mật khẩu hiện tại không đúng\./);
    page = await agent.get('/account/password');
    const ok = await agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), current: TEST_PASSWORD, next: 'mat-khau-moi-123', confirm: 'mat-khau-moi-123' });
    expect(ok.status).toBe(302);
    const saved = await db.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash, 'mat-khau-moi-123')).toBe(true);
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'user.password.change', subjectId: user.id } })).toBe(1);
  });

  it('an administrator issues a one-time reset link that works once', async () => {
    const admin = await buildUser(db.current.prisma, schoolId, { isAdmin: true });
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const { app } = buildTestApp(db.current);
    const agent = agentFor(app);
    await loginAs(agent, admin.username, TEST_PASSWORD);
    const list = await agent.get('/admin/users');
    const res = await agent
      .post(`/admin/users/${user.id}/reset`)
      .type('form')
      .send({ _csrf: csrfFrom(list.text) });
    expect(res.headers['cache-control']).toBe('no-store');
    const link = /\/reset\/([\w-]+)/.exec(res.text)?.[0];
    expect(link).toBeTruthy();
    const person = agentFor(app);
    const form = await person.get(link!);
    expect(form.status).toBe(200);
    const set = await person
      .post(link!)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), next: 'mat-khau-dat-lai-1', confirm: 'mat-khau-dat-lai-1' });
    expect(set.status).toBe(302);
    expect((await loginAs(agentFor(app), user.username, 'mat-khau-dat-lai-1')).status).toBe(302);
    expect((await agentFor(app).get(link!)).status).toBe(404);
    expect(await db.current.prisma.notification.count({ where: { userId: user.id, title: 'notify.passwordReset' } })).toBe(1);
  });
});
