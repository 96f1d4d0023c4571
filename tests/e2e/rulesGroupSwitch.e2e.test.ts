// The title editor's switch between a single criterion and a group, by hand in Chromium: CSTĐ Thành phố's initiative
// row becomes an "any of" group holding it and then a single criterion again; CSTĐCS's three-member group refuses to
// become one criterion, the message beside the row. Each page is screenshot at 1280 and 360 px (no sideways scroll
// at 360) and scanned with axe-core (0 serious or critical violations).
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildSchool, buildUser } from '../support/factories.ts';
import { atBothWidths, describeBrowser, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let username = '';

beforeAll(async () => {
  const { school } = await buildSchool(db.current.prisma, { years: [2026] });
  username = (await buildUser(db.current.prisma, school.id, { isAdmin: true })).username;
});

/** Chooses `value` in row `row`'s "Loại điều kiện" and saves the title form. */
async function switchRow(page: Page, row: number, value: string) {
  await page.locator(`#row-${row}`).getByLabel('Loại điều kiện').selectOption(value);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
}

const legends = (page: Page) => page.locator('.crit-row > fieldset > legend').allTextContents();

describeBrowser('switching a criterion row between a single criterion and a group', () => {
  it('wraps a criterion in a group and unwraps it; a group of three is refused beside its row', async () => {
    const page = await web.newPage();
    await signIn(page, web.baseUrl, username, TEST_PASSWORD);
    await page.goto(`${web.baseUrl}/rules/authored/new?from=luat2022-nd152-2025`);
    await page.getByLabel('Tên bộ quy định mới').fill('Quy định nhóm điều kiện');
    await page.getByLabel('Hiệu lực từ ngày').fill('01/09/2026');
    await Promise.all([page.waitForURL(/\/rules\/authored\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Tạo bản sao' }).click()]);
    const overview = page.url();

    await page.goto(`${overview}/titles/CSTD_TP`);
    await atBothWidths(page, 'rules-group-switch-cstdtp', { axe: true });
    await switchRow(page, 1, 'anyOf');
    await expect
      .poll(() => legends(page))
      .toEqual(['1. Chuỗi danh hiệu liên tục', '2. Đạt một trong các điều kiện trong nhóm', '3. Có sáng kiến được công nhận']);
    await expect.poll(() => page.locator('#row-2').getAttribute('class')).toContain('crit-row--d1');
    expect(await page.locator('.flash-list').textContent()).toContain('Đã lưu');
    await atBothWidths(page, 'rules-group-switch-wrapped', { axe: true });

    await page.goto(`${overview}/titles/CSTDCS`);
    await switchRow(page, 1, 'single');
    const error = page.locator('#row-1 .field__error');
    await expect.poll(() => error.textContent()).toContain('Nhóm này có 3 điều kiện nên không đổi được thành một điều kiện.');
    expect(await page.locator('#row-1 select[name="r1.kind"]').inputValue()).toBe('single');
    await atBothWidths(page, 'rules-group-switch-refused', { axe: true });

    await page.goto(`${overview}/titles/CSTD_TP`);
    await switchRow(page, 1, 'single');
    await expect.poll(() => legends(page)).toEqual(['1. Chuỗi danh hiệu liên tục', '2. Có sáng kiến được công nhận']);
  });
});
