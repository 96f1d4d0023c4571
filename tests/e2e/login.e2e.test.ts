import { existsSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, web.clock.now);
});

describeBrowser('signing in (browser)', () => {
  it('a teacher logs in and sees the Vietnamese home page', async () => {
    const page = await web.newPage();
    await page.goto(web.baseUrl);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login');
    await signIn(page, web.baseUrl, 'giaovien');
    expect(await page.locator('h1').textContent()).toBe('Xin chào, Hoàng Thị Mai');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.textContent('body')).toContain('Năm học 2026-2027');
    const file = await screenshot(page, 'home-giaovien');
    expect(existsSync(file)).toBe(true);
  });

  it('the home page fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await web.newPage({ width: 360, height: 740 });
    await signIn(page, web.baseUrl, 'chutich');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(Number(overflow)).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-chutich-360');
  });
});
