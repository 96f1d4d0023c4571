import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();

describe('platform pages', () => {
  it('redirects an anonymous visitor from / to the Vietnamese login page', async () => {
    const { app } = buildTestApp(db.current);
    const res = await request(app).get('/');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/login?next=%2F');
    const login = await request(app).get('/login');
    expect(login.status).toBe(200);
    expect(login.text).toContain('<html lang="vi">');
    expect(login.text).toContain('<h1>Đăng nhập</h1>');
    expect(login.text).toContain('name="username"');
    expect(login.text).toContain('name="password"');
  });

  it('answers /healthz and /readyz', async () => {
    const { app } = buildTestApp(db.current);
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('sends a strict Content-Security-Policy without inline scripts', async () => {
    const { app } = buildTestApp(db.current);
    const csp = (await request(app).get('/login')).headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('renders 404 in the layout, in Vietnamese', async () => {
    const { app } = buildTestApp(db.current);
    const res = await request(app).get('/khong-co-trang-nay').set('Accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Không tìm thấy trang');
    expect(res.text).toContain('class="site-header"');
  });

  it('switches to English and back', async () => {
    const { app } = buildTestApp(db.current);
    const agent = agentFor(app);
    const en = await agent.get('/login?lang=en');
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('<h1>Sign in</h1>');
    expect((await agent.get('/login')).text).toContain('<h1>Sign in</h1>'); // remembered in the session
    expect((await agent.get('/login?lang=vi')).text).toContain('<h1>Đăng nhập</h1>');
  });

  it('shows the signed-in home page in Vietnamese with the current school year', async () => {
    const { school, yearOf } = await buildSchool(db.current.prisma, { years: [2026] });
    const { user } = await buildPerson(db.current.prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id, fullName: 'Nguyễn Thúy Hà' });
    await db.current.prisma.user.update({ where: { id: user.id }, data: { displayName: 'Nguyễn Thúy Hà' } });
    const { app } = buildTestApp(db.current);
    const agent = agentFor(app);
    const login = await loginAs(agent, user.username, TEST_PASSWORD);
    expect(login.status).toBe(302);
    const home = await agent.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Xin chào, Nguyễn Thúy Hà');
    expect(home.text).toContain('Năm học 2026-2027');
    expect(home.text).toContain('Chủ tịch Hội đồng');
  });

  it('hides internal errors behind a 500 page with a request id, and logs the details', async () => {
    const real = db.current;
    const { school } = await buildSchool(real.prisma, { years: [2026] });
    const { user } = await buildPerson(real.prisma, school.id);
    // A database client whose user lookup fails, as if PostgreSQL broke mid-request.
    const failingPrisma = new Proxy(real.prisma, {
      get(target, prop, receiver) {
        if (prop === 'user')
          return {
            findUnique: () => Promise.reject(new Error('secret internal detail')),
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const { app, logs } = buildTestApp({ ...real, prisma: failingPrisma });
    const agent = agentFor(app);
    const res = await loginAs(agent, user.username, TEST_PASSWORD);
    expect(res.status).toBe(500);
    expect(res.text).toContain('Đã có lỗi xảy ra');
    const requestId = res.headers['x-request-id'];
    expect(res.text).toContain(`Mã yêu cầu: ${requestId}`);
    expect(res.text).not.toContain('secret internal detail');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    expect(logs.join('\n')).toContain('secret internal detail');
    expect(logs.join('\n')).toContain(requestId);
  });
});
