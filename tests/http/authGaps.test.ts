// Smaller gaps of issue 10: reset links from PUBLIC_URL (60 min, single use), idle timeouts by role, CSP base-uri,
// the __Host- cookie, Clear-Site-Data on logout, and upload names checked against the detected type.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResetToken } from '../../src/features/users/resetTokens.ts';
import { staffWorkbook, demoRows } from '../fixtures/staff/staffWorkbooks.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let schoolId: string;
let yearId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  const { school, yearOf } = await buildSchool(db.current.prisma, { years: [2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
});

describe('password reset links', () => {
  it('are built from PUBLIC_URL, whatever Host the request names', async () => {
    const { user: admin } = await buildPerson(db.current.prisma, schoolId, { isAdmin: true });
    const { user: target } = await buildPerson(db.current.prisma, schoolId);
    const { app } = buildTestApp(db.current, testClock(), { PUBLIC_URL: 'https://thidua.truong.edu.vn' });
    const agent = agentFor(app);
    await loginAs(agent, admin.username, TEST_PASSWORD);
    const page = await agent.get('/admin/users');
    const res = await agent
      .post(`/admin/users/${target.id}/reset`)
      .set('Host', 'evil.example')
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(res.text).toMatch(/https:\/\/thidua\.truong\.edu\.vn\/reset\/[\w-]{20,}/);
    expect(res.text).not.toContain('evil.example');
  });

  it('work for 60 minutes and only once', async () => {
    const { user: admin } = await buildPerson(db.current.prisma, schoolId, { isAdmin: true });
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const clock = testClock('2026-11-26T03:00:00Z');
    const { app } = buildTestApp(db.current, clock);
    const ctx = { actor: { id: admin.id, schoolId }, now: clock.now, requestId: 't' };
    const late = await createResetToken(db.current.prisma, ctx, user.id);
    clock.advance(61 * 60_000);
    expect((await request(app).get(`/reset/${late}`)).status).toBe(404);
    const code = await createResetToken(db.current.prisma, { ...ctx, now: clock.now }, user.id);
    clock.advance(59 * 60_000);
    const agent = agentFor(app);
    const form = await agent.get(`/reset/${code}`);
    expect(form.status).toBe(200);
    const used = await agent
      .post(`/reset/${code}`)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), next: 'mot-mat-khau-moi-dai', confirm: 'mot-mat-khau-moi-dai' });
    expect(used.status).toBe(302);
    expect((await request(app).get(`/reset/${code}`)).status).toBe(404);
  });
});

describe('idle timeout', () => {
  it('is 15 minutes for the chair, the secretary and administrators, 30 for others', async () => {
    const clock = testClock('2026-11-26T03:00:00Z');
    const { app } = buildTestApp(db.current, clock);
    const people = {
      chair: await buildPerson(db.current.prisma, schoolId, { role: 'chair', schoolYearId: yearId }),
      secretary: await buildPerson(db.current.prisma, schoolId, { role: 'secretary', schoolYearId: yearId }),
      admin: await buildPerson(db.current.prisma, schoolId, { isAdmin: true }),
      teacher: await buildPerson(db.current.prisma, schoolId),
    };
    const agents = Object.fromEntries(Object.entries(people).map(([k]) => [k, agentFor(app)]));
    for (const [k, p] of Object.entries(people)) await loginAs(agents[k]!, p.user.username, TEST_PASSWORD);
    clock.advance(16 * 60_000);
    for (const k of ['chair', 'secretary', 'admin']) expect((await agents[k]!.get('/')).headers.location, k).toBe('/login');
    expect((await agents.teacher!.get('/')).status).toBe(200);
    clock.advance(31 * 60_000);
    expect((await agents.teacher!.get('/')).headers.location).toBe('/login');
  });
});

describe('headers and cookies', () => {
  it("sends CSP base-uri 'none'", async () => {
    const res = await request(buildTestApp(db.current).app).get('/login');
    expect(res.headers['content-security-policy']).toContain("base-uri 'none'");
  });

  it('names the cookie __Host-thidua.sid (Secure, Path=/, no Domain) behind a TLS proxy', async () => {
    const res = await request(buildTestApp(db.current, testClock(), { TRUST_PROXY: '1' }).app)
      .get('/login?lang=vi') // stores the language, so the anonymous visit has a session
      .set('X-Forwarded-Proto', 'https');
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('__Host-thidua.csrf='))).toMatch(/; Secure/);
    const cookie = cookies.find((c) => c.startsWith('__Host-thidua.sid='))!;
    expect(cookie).toMatch(/^__Host-thidua\.sid=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('clears cache, cookies and storage on logout', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    const home = await agent.get('/');
    const res = await agent
      .post('/logout')
      .type('form')
      .send({ _csrf: csrfFrom(home.text) });
    expect(res.status).toBe(302);
    expect(res.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
  });
});

describe('upload names', () => {
  it('refuses a PDF named .htaccess, strips bidi controls and stores the detected extension', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId, { role: 'vice_chair', schoolYearId: yearId });
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    const movement = await db.current.prisma.movement.create({ data: { schoolId, name: 'Phong trào tệp', launchLevel: 'school', kind: 'regular' } });
    const upload = async (name: string) => {
      const token = csrfFrom((await agent.get(`/movements/${movement.id}`)).text);
      return agent.post(`/movements/${movement.id}/files`).field('_csrf', token).set('Accept', 'text/html').attach('file', PDF, name);
    };
    const htaccess = await upload('.htaccess');
    expect(htaccess.status).toBe(422);
    expect(htaccess.text).toContain('phần mở rộng không khớp với nội dung tệp');
    expect((await upload('bao-cao\u202Efdp.exe')).status).toBe(422);
    expect((await upload('ke-hoach\u202E.pdf')).status).toBe(302);
    expect((await upload('huong-dan')).status).toBe(302);
    const names = (await db.current.prisma.storedFile.findMany({ where: { ownerId: movement.id }, orderBy: { createdAt: 'asc' } })).map((f) => f.fileName);
    expect(names.sort()).toEqual(['huong-dan.pdf', 'ke-hoach.pdf']);
  });

  it('refuses a workbook named x.zip at the staff import', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId, { isAdmin: true });
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    const token = csrfFrom((await agent.get('/staff/import')).text);
    const res = await agent
      .post(`/staff/import`)
      .field('_csrf', token)
      .attach('file', await staffWorkbook(demoRows().slice(0, 1)), 'x.zip');
    expect(res.status).toBe(422);
    expect(res.text).toContain('phần mở rộng không khớp với nội dung tệp');
    expect(await db.current.prisma.importBatch.count({ where: { schoolId } })).toBe(0);
  });
});

describe('the CSRF token of upload forms (security.md 14.2.1: none in URLs)', () => {
  it('travels in the form body: no page puts it in a URL, a token in the query string is refused, a wrong one refuses the file before storing it', async () => {
    const { user } = await buildPerson(db.current.prisma, schoolId, { role: 'vice_chair', schoolYearId: yearId });
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    const movement = await db.current.prisma.movement.create({
      data: { schoolId, name: 'Phong trào mã chống giả mạo', launchLevel: 'school', kind: 'regular' },
    });
    const page = await agent.get(`/movements/${movement.id}`);
    expect(page.text).toContain('enctype="multipart/form-data"');
    expect(page.text).not.toMatch(/[?&]_csrf=/);
    const token = csrfFrom(page.text);
    const files = () => db.current.prisma.storedFile.count({ where: { ownerId: movement.id } });

    const inQuery = await agent
      .post(`/movements/${movement.id}/files?_csrf=${encodeURIComponent(token)}`)
      .set('Accept', 'text/html')
      .attach('file', PDF, 'a.pdf');
    expect(inQuery.status).toBe(403);
    const wrong = await agent
      .post(`/movements/${movement.id}/files`)
      .field('_csrf', `${token.slice(0, -1)}x`)
      .set('Accept', 'text/html')
      .attach('file', Buffer.concat([PDF, Buffer.alloc(4 * 1024 * 1024)]), 'b.pdf');
    expect(wrong.status).toBe(403);
    // The token after the file (a hand-made form): the file part starts before any token, so it is refused too.
    const late = await agent.post(`/movements/${movement.id}/files`).set('Accept', 'text/html').attach('file', PDF, 'c.pdf').field('_csrf', token);
    expect(late.status).toBe(403);
    expect(await files()).toBe(0);

    const ok = await agent.post(`/movements/${movement.id}/files`).field('_csrf', token).set('Accept', 'text/html').attach('file', PDF, 'd.pdf');
    expect(ok.status).toBe(302);
    const header = await agent.post(`/movements/${movement.id}/files`).set('X-CSRF-Token', token).set('Accept', 'text/html').attach('file', PDF, 'e.pdf');
    expect(header.status).toBe(302);
    expect(await files()).toBe(2);
  });
});
