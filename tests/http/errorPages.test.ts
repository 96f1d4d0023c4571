// Error pages render with no session and no user, never carry a stack, SQL or a path (in development mode too), give
// every 5xx a request id that is in the log, and turn malformed input (NUL bytes, %FF, multer refusals) into 4xx.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { connectDatabase } from '../../src/db/client.ts';
import { freePort } from '../../src/db/embeddedPostgres.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { leaksInternals } from '../support/leaks.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { buildMovement } from '../support/visibilityFactories.ts';
import { buildPublishedDocumentPlan } from '../support/planFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let built: ReturnType<typeof buildTestApp>;
let chair: TestAgent;
let chairCookie = '';

beforeAll(async () => {
  // The chair of a school with the published 2024 plan (a long real document) and one movement.
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2024, 2025, 2026] });
  const person = await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id });
  await buildPublishedDocumentPlan(prisma, { schoolId: school.id, approvedById: person.user.id });
  await buildMovement(prisma, school.id, { status: 'launched' });
  built = buildTestApp(db.current, clock, { NODE_ENV: 'development' }); // what `npm start` runs
  chair = agentFor(built.app);
  const login = await loginAs(chair, person.user.username, TEST_PASSWORD);
  chairCookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
});

const expectClean = (res: request.Response, status: number) => {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(leaksInternals(res.text)).toEqual([]);
};

describe('requests refused before the session exists', () => {
  it('a body over the limit: 413 page in Vietnamese stating the limit', async () => {
    const res = await request(built.app)
      .post('/login')
      .type('form')
      .set('Accept', 'text/html')
      .send(`username=${'a'.repeat(2.2 * 1024 * 1024)}`);
    expectClean(res, 413);
    expect(res.text).toContain('Dữ liệu gửi lên quá lớn (tối đa 2mb)');
  });

  it('an unsupported Content-Encoding: 415', async () => {
    const res = await request(built.app).post('/login').type('form').set('Content-Encoding', 'x-bogus').set('Accept', 'text/html').send('username=a');
    expectClean(res, 415);
    expect(res.text).toContain('mã hóa không được hỗ trợ');
  });

  it('a body that claims gzip but is not: 400', async () => {
    const res = await request(built.app).post('/login').type('form').set('Content-Encoding', 'gzip').set('Accept', 'text/html').send('username=a');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(leaksInternals(res.text)).toEqual([]);
  });

  it('more than 1,000 parameters: 413 naming the limit', async () => {
    const body = Array.from({ length: 1200 }, (_, i) => `f${i}=x`).join('&');
    const res = await request(built.app).post('/login').type('form').set('Accept', 'text/html').send(body);
    expectClean(res, 413);
    expect(res.text).toContain('tối đa 1000');
  });

  it('a malformed %FF path parameter, anonymously: 400', async () => {
    expectClean(await request(built.app).get('/reset/%FF%FE').set('Accept', 'text/html'), 400);
    const post = await request(built.app).post('/reset/%FF%FE').type('form').set('Accept', 'text/html').send('password=x');
    expect([400, 403]).toContain(post.status); // 403: no CSRF token either
    expect(leaksInternals(post.text)).toEqual([]);
  });

  it('a NUL byte in the address: 400 with the reason', async () => {
    const res = await request(built.app).get('/reset/abc%00def').set('Accept', 'text/html');
    expectClean(res, 400);
    expect(res.text).toContain('ký tự NUL');
    expectClean(await request(built.app).get('/login?next=%00').set('Accept', 'text/html'), 400);
  });
});

describe('signed in', () => {
  it('a NUL byte in a form field: 400, nothing written', async () => {
    const token = csrfFrom((await chair.get('/staff/new')).text);
    const before = await db.current.prisma.staff.count();
    const res = await chair.post('/staff').type('form').set('Accept', 'text/html').send({ _csrf: token, fullName: 'Nguyễn\u0000Văn A', code: 'NUL1' });
    expectClean(res, 400);
    expect(await db.current.prisma.staff.count()).toBe(before);
  });

  it('a plan section over the limit: 422 beside the field, stating the limit, the text kept', async () => {
    const plan = await db.current.prisma.plan.findFirstOrThrow({ where: { year: 2024 } });
    const edit = await chair.get(`/plans/${plan.id}/edit`);
    expect(edit.status).toBe(200);
    const copy = await chair.get(`/plans/${plan.id}/sections/0/edit`);
    // A published plan is copied into a new draft on edit; find the editable one.
    const draft = copy.status === 200 ? plan : await db.current.prisma.plan.findFirstOrThrow({ where: { year: 2024, status: 'draft' } });
    const page = await chair.get(`/plans/${draft.id}/sections/0/edit`);
    expect(page.status).toBe(200);
    const token = csrfFrom(page.text);
    const revision = /name="revision" value="(\d+)"/.exec(page.text)![1]!;
    const text = `Nội dung ${'Thi đua yêu nước, khen thưởng kịp thời. '.repeat(2600)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const res = await chair
      .post(`/plans/${draft.id}/sections/0`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: token, revision, title: 'Mục dài', body: text });
    expectClean(res, 422);
    expect(res.text).toContain('tối đa 100.000 ký tự');
    expect(res.text).toMatch(/<p class="field__error" id="f-body-error">Nội dung mục quá dài/);
    expect(res.text).toContain(text.slice(0, 200));
    expect(res.text).toContain(text.slice(-100).trimEnd());
  });
});

describe('uploads that multer refuses: 4xx with a Vietnamese message', () => {
  let movementId = '';
  let token = '';
  beforeAll(async () => {
    movementId = (await db.current.prisma.movement.findFirstOrThrow()).id;
    token = csrfFrom((await chair.get(`/movements/${movementId}`)).text);
  });
  const post = () => chair.post(`/movements/${movementId}/files`).field('_csrf', token).set('Accept', 'text/html');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');

  it('wrong field name, two files, too many fields, a 2 MB field, a truncated body, NUL in the name', async () => {
    const before = await db.current.prisma.storedFile.count();
    const cases: Array<[string, request.Test, string]> = [
      ['wrong field', post().attach('tep', pdf, 'a.pdf'), 'ô chọn tệp'],
      ['two files', post().attach('file', pdf, 'a.pdf').attach('file', pdf, 'b.pdf'), 'một tệp'],
      [
        'too many fields',
        Array.from({ length: 30 }).reduce<request.Test>((r, _, i) => r.field(`f${i}`, 'x'), post().attach('file', pdf, 'a.pdf')),
        'quá nhiều trường',
      ],
      [
        '2 MB field',
        post()
          .field('note', 'x'.repeat(2 * 1024 * 1024))
          .attach('file', pdf, 'a.pdf'),
        'quá dài',
      ],
      ['NUL in the name', post().attach('file', pdf, 'a\u0000.pdf'), 'bị hỏng'],
    ];
    for (const [what, req, message] of cases) {
      const res = await req;
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
      expect(res.text.replace(/\s+/g, ' '), what).toContain(message);
      expect(leaksInternals(res.text), what).toEqual([]);
    }
    const truncated = await chair
      .post(`/movements/${movementId}/files`)
      .set('Accept', 'text/html')
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'multipart/form-data; boundary=XYZ')
      .send('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 trunc');
    expect(truncated.status).toBe(400);
    expect(truncated.text).toContain('bị hỏng hoặc không đầy đủ');
    expect(await db.current.prisma.storedFile.count()).toBe(before);
  });
});

describe('database outage', () => {
  it('a signed-in page answers the Vietnamese 503 maintenance page within 1 s, with a request id that is in the log', async () => {
    const dead = connectDatabase(`postgresql://postgres:x@127.0.0.1:${await freePort()}/none`);
    try {
      const logs: string[] = [];
      const { createApp } = await import('../../src/app.ts');
      const app = createApp({
        env: built.env,
        prisma: dead.prisma,
        pool: dead.pool,
        sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
        log: (l) => logs.push(l),
      });
      const started = Date.now();
      const res = await request(app).get('/').set('Cookie', chairCookie).set('Accept', 'text/html');
      expect(Date.now() - started).toBeLessThan(1000);
      expectClean(res, 503);
      expect(res.text).toContain('Hệ thống đang bảo trì');
      const id = res.headers['x-request-id'] as string;
      expect(res.text).toContain(`Mã yêu cầu: ${id}`);
      expect(logs.some((l) => l.includes(`[${id}]`))).toBe(true);
      expect((await request(app).get('/readyz')).status).toBe(503);
    } finally {
      await dead.close();
    }
  });
});
