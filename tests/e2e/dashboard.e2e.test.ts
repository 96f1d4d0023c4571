// Issue 15 acceptance, in a real browser: each role's home, the statistics page and the eligibility report are
// screenshot at 1280 and 360 px; every page visited is scanned with axe-core (0 serious or critical violations) and,
// at 360 px, is no wider than the screen in Vietnamese and in English.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { CouncilRoleName } from '../../src/domain/permissions.ts';
import { buildAwardRecord, buildCollective, buildPerson, buildSchool, buildStaffYearRecord, TEST_PASSWORD } from '../support/factories.ts';
import { buildYearReport } from '../support/yearReportFactories.ts';
import { buildRegistration } from '../support/workflowFactories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { axeViolations, describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z', { scanEveryPage: false }); // it scans each role's pages itself

interface Role {
  name: string;
  username: string;
  pages: string[];
}
const roles: Role[] = [];

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  const year = yearOf(2026).id;
  const group = await buildCollective(prisma, { schoolId: school.id, name: 'Tổ khối 1' });
  const person = async (fullName: string, o: { role?: CouncilRoleName; leads?: boolean; isAdmin?: boolean } = {}) => {
    const p = await buildPerson(prisma, school.id, { ...o, schoolYearId: year, fullName });
    await prisma.staff.update({ where: { id: p.staff.id }, data: { collectiveId: group.id, position: 'Giáo viên chủ nhiệm lớp 1A' } });
    await buildStaffYearRecord(prisma, { staffId: p.staff.id, startYear: 2025, rating: 'HTXSNV' });
    // Titles in two years, so the statistics draw every chart (bars, levels, the trend line).
    await buildAwardRecord(prisma, { staffId: p.staff.id, startYear: 2025, code: 'LDTT' });
    if (o.role) await buildAwardRecord(prisma, { staffId: p.staff.id, startYear: 2024, code: 'LDTT' });
    if (o.role === 'chair')
      await buildAwardRecord(prisma, { staffId: p.staff.id, startYear: 2025, code: 'BK_UBND_TP', issuer: 'Chủ tịch UBND Thành phố Hà Nội' });
    await buildRegistration(prisma, { schoolId: school.id, schoolYearId: year, staffId: p.staff.id, status: 'submitted', titles: ['LDTT', 'CSTDCS'] });
    return p.user.username;
  };
  const teacher = await person('Hoàng Thị Mai');
  const leader = await person('Phạm Thị Lan', { leads: true });
  const secretary = await person('Lê Thị Hồng', { role: 'secretary' });
  const vice = await person('Trần Minh Đức', { role: 'vice_chair' });
  const chair = await person('Nguyễn Thúy Hà', { role: 'chair' });
  await buildYearReport(prisma, { schoolId: school.id, startYear: 2025 });
  const admin = (await buildPerson(prisma, school.id, { isAdmin: true, fullName: 'Quản Trị Viên' })).user.username;
  // Each page once at least; the home of every role, since its content depends on the role.
  roles.push(
    { name: 'teacher', username: teacher, pages: ['/', '/records/me', '/registrations'] },
    { name: 'leader', username: leader, pages: ['/', '/registrations'] },
    { name: 'secretary', username: secretary, pages: ['/', '/registrations/review', '/staff', '/eligibility/2026'] },
    { name: 'vice-chair', username: vice, pages: ['/', '/audit', '/calendar', '/plans'] },
    { name: 'chair', username: chair, pages: ['/', '/eligibility/2026', '/statistics', '/statistics/print', '/year-reports/2025', '/council', '/collectives'] },
    { name: 'admin', username: admin, pages: ['/', '/admin/users'] },
  );
});

/** How many pixels the page is wider than the viewport (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

async function visit(page: Page, url: string): Promise<void> {
  const res = await page.goto(`${web.baseUrl}${url}`);
  expect(res?.status(), url).toBe(200);
}

describeBrowser('what each person sees first (browser)', () => {
  it('every role: home, and each page visited, at 1280 and 360 px in both languages — axe clean, no sideways scrolling', async () => {
    const problems: string[] = [];
    const scanned = new Set<string>(); // axe once per page (the home once per role): each scan costs a second
    for (const role of roles) {
      const page = await web.newPage();
      await signIn(page, web.baseUrl, role.username, TEST_PASSWORD);
      await screenshot(page, `home-${role.name}-1280`);
      for (const v of await axeViolations(page)) problems.push(`${role.name} / 1280: ${v}`);
      await page.setViewportSize({ width: 360, height: 740 });
      for (const lang of ['vi', 'en']) {
        for (const [i, url] of role.pages.entries()) {
          await visit(page, i === 0 ? `${url}?lang=${lang}` : url); // the first page switches the language
          const wider = await overflow(page);
          if (wider > 0) problems.push(`${role.name} ${lang} ${url}: ${wider} px wider than 360`);
          const key = url === '/' ? `/ ${role.name}` : url;
          if (lang === 'vi' && !scanned.has(key)) {
            scanned.add(key);
            for (const v of await axeViolations(page)) problems.push(`${role.name} ${url}: ${v}`);
          }
          if (lang === 'vi' && (url === '/' || url.startsWith('/eligibility') || url === '/statistics'))
            await screenshot(page, `${url === '/' ? 'home' : url.split('/')[1]}-${role.name}-360`);
        }
      }
      if (role.pages.includes('/statistics')) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await visit(page, '/statistics?lang=vi');
        await screenshot(page, `statistics-${role.name}-1280`);
        await page.setViewportSize({ width: 360, height: 740 });
      }
      if (role.pages.includes('/eligibility/2026')) {
        await visit(page, '/eligibility/2026?lang=vi');
        await page.setViewportSize({ width: 1280, height: 900 });
        await screenshot(page, `eligibility-${role.name}-1280`);
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('on a phone the menu is collapsed behind one button and opens on a tap', async () => {
    const page = await web.newPage({ width: 360, height: 740 });
    await signIn(page, web.baseUrl, roles.find((r) => r.name === 'vice-chair')!.username, TEST_PASSWORD);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(80);
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Danh mục' }).click();
    expect(await page.locator('#main-nav').isVisible()).toBe(true);
    await screenshot(page, 'menu-open-360');
    await page.context().close();
  });
});
