import { existsSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
const people = { teacher: '', chair: '' };

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  people.teacher = (await buildPerson(prisma, school.id, { fullName: 'Hoàng Thị Mai', named: true })).user.username;
  people.chair = (await buildPerson(prisma, school.id, { fullName: 'Nguyễn Thúy Hà', role: 'chair', schoolYearId: yearOf(2026).id })).user.username;
});

describeBrowser('signing in (browser)', () => {
  it('a teacher logs in and sees the Vietnamese home page', async () => {
    const page = await web.newPage();
    await page.goto(web.baseUrl);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login');
    await signIn(page, web.baseUrl, people.teacher, TEST_PASSWORD);
    expect(await page.locator('h1').textContent()).toBe('Xin chào, Hoàng Thị Mai');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.textContent('body')).toContain('Năm học 2026-2027');
    const file = await screenshot(page, 'home-giaovien');
    expect(existsSync(file)).toBe(true);
  });

  it('the home page fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await web.newPage({ width: 360, height: 740 });
    await signIn(page, web.baseUrl, people.chair, TEST_PASSWORD);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(Number(overflow)).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-chutich-360');
  });
});
