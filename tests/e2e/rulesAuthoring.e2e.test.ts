// Issue 11 §5 in the browser: an administrator copies rule set 2 into a new rule set, changes CSTĐCS's group to
// "all of", activates it from 01/09/2026, and the eligibility report of 2026-2027 (evaluated 31/05/2027) uses it,
// while before activation it did not and 2025-2026 (31/05/2026) never does. The editor is screenshot at 1280 and
// 360 px and scanned with axe-core (0 serious or critical violations).
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildSchool, buildStaff, buildUser } from '../support/factories.ts';
import { atBothWidths, describeBrowser, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let username = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [2025, 2026] });
  // HTXSNV, no initiative, no research: CSTĐCS under rule set 2, not when its group needs all of them.
  const s = await buildStaff(prisma, school.id, { code: 'GV1', fullName: 'Đỗ Thị Hoa' });
  for (const startYear of [2025, 2026]) {
    await prisma.staffYearRecord.create({ data: { schoolId: school.id, staffId: s.id, startYear, rating: 'HTXSNV', monthsWorked: 12, leaveDays: 0 } });
  }
  username = (await buildUser(prisma, school.id, { isAdmin: true })).username;
});

/** True when the report of `year` lists GV1's CSTĐCS with `verdict`. */
async function listed(page: Page, year: number, verdict: 'eligible' | 'not_eligible'): Promise<boolean> {
  await page.goto(`${web.baseUrl}/eligibility/${year}?title=CSTDCS&verdict=${verdict}`);
  return (await page.locator('main').textContent())!.includes('Đỗ Thị Hoa');
}

describeBrowser('rule sets authored in the app', () => {
  it('copy, change CSTĐCS to "all of", activate from a date: the later report uses it, not before activation', async () => {
    const page = await web.newPage();
    await signIn(page, web.baseUrl, username, TEST_PASSWORD);
    await page.goto(`${web.baseUrl}/rules`);
    await Promise.all([page.waitForURL(/\/rules\/authored\/new$/), page.getByRole('link', { name: 'Sao chép thành bộ quy định mới' }).click()]);
    await page.getByLabel('Sao chép từ bộ quy định').selectOption('luat2022-nd152-2025');
    await page.getByLabel('Tên bộ quy định mới').fill('Quy định của trường từ năm học 2026-2027');
    await page.getByLabel('Hiệu lực từ ngày').fill('01/09/2026');
    await Promise.all([page.waitForURL(/\/rules\/authored\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Tạo bản sao' }).click()]);
    const overview = page.url();

    await Promise.all([page.waitForURL(/\/titles\/CSTDCS$/), page.locator('.authored-nav').getByRole('link', { name: 'CSTĐCS' }).click()]);
    await atBothWidths(page, 'rules-authoring-title', { axe: true });
    // Row 2 is the group "một trong": make it "tất cả".
    await page.locator('#row-1').getByLabel('Loại điều kiện').selectOption('allOf');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
    await expect.poll(() => page.locator('#row-1 select[name="r1.kind"]').inputValue()).toBe('allOf');

    await page.goto(overview);
    await expect.poll(() => page.locator('.diff-table').textContent()).toContain('Đạt tất cả các điều kiện trong nhóm');
    await atBothWidths(page, 'rules-authoring-overview', { axe: true });

    // A candidate decides nothing.
    expect(await listed(page, 2026, 'eligible')).toBe(true);
    expect(await listed(page, 2026, 'not_eligible')).toBe(false);

    await page.goto(overview);
    await page.getByLabel('Lý do kích hoạt (văn bản căn cứ)').fill('Quyết định 12/QĐ-UBND ngày 20/11/2026');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Kích hoạt' }).click()]);
    await expect.poll(() => page.locator('.flash-list').textContent()).toContain('Đã kích hoạt bộ quy định');

    expect(await listed(page, 2026, 'not_eligible')).toBe(true);
    expect(await listed(page, 2026, 'eligible')).toBe(false);
    expect(await listed(page, 2025, 'eligible')).toBe(true);
  });
});
