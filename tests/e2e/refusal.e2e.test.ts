// A refusal as the person sees it: the page says why, in Vietnamese, at desktop and phone widths; a hidden page is
// the plain "not found" page.
import { beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { buildMovement, buildPlan } from '../support/visibilityFactories.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let chairName = '';
let viceChairName = '';
let teacherName = '';
let planId = '';
let movementId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  chairName = (await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id })).user.username;
  viceChairName = (await buildPerson(prisma, school.id, { role: 'vice_chair', schoolYearId: yearOf(2026).id })).user.username;
  teacherName = (await buildPerson(prisma, school.id)).user.username;
  planId = (await buildPlan(prisma, school.id, { year: 2026, published: true })).id;
  movementId = (await buildMovement(prisma, school.id, { status: 'planned' })).id;
});

describeBrowser('refusals (browser)', () => {
  for (const width of [1280, 360]) {
    it(`at ${width} px: 403 says who may, 409 says what state blocks it, 404 says nothing more`, async () => {
      // One browser context per person: each signs in on its own.
      let page = await web.newPage({ width, height: 800 });
      await signIn(page, web.baseUrl, viceChairName, TEST_PASSWORD);
      const forbidden = await page.goto(`${web.baseUrl}/plans/${planId}/approve`);
      expect(forbidden?.status()).toBe(403);
      expect(await page.textContent('main, body')).toContain('Chỉ Chủ tịch Hội đồng mới được phê duyệt kế hoạch.');
      expect(Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
      await screenshot(page, `refusal-403-${width}`);

      page = await web.newPage({ width, height: 800 });
      await signIn(page, web.baseUrl, chairName, TEST_PASSWORD);
      const conflict = await page.goto(`${web.baseUrl}/plans/${planId}/approve`);
      expect(conflict?.status()).toBe(409);
      expect(await page.textContent('body')).toContain('Kế hoạch này đã được phê duyệt.');
      await screenshot(page, `refusal-409-${width}`);

      page = await web.newPage({ width, height: 800 });
      await signIn(page, web.baseUrl, teacherName, TEST_PASSWORD);
      const hidden = await page.goto(`${web.baseUrl}/movements/${movementId}`);
      expect(hidden?.status()).toBe(404);
      expect(await page.textContent('body')).toContain('Trang bạn tìm không tồn tại hoặc bạn không có quyền xem.');
      await screenshot(page, `refusal-404-${width}`);
    });
  }
});
