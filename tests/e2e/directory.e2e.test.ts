import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { staffRows, workbookOf } from '../support/staffWorkbooks.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';
import { compareVietnameseNames } from '../../src/domain/vietnameseNames.ts';

const db = useTestDatabase();
const web = useBrowserApp(db);
let adminName = '';
let file = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [2026] });
  for (const [i, name] of ['Tổ khối 1', 'Tổ khối 2', 'Tổ văn phòng'].entries())
    await prisma.collective.create({ data: { schoolId: school.id, name, kind: 'grade_group', sortOrder: i } });
  adminName = (await buildUser(prisma, school.id, { isAdmin: true })).username;
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-')), 'danh-sach-can-bo.xlsx');
  writeFileSync(file, await workbookOf(staffRows(43, ['Tổ khối 1', 'Tổ khối 2', 'Tổ văn phòng'])));
});

describeBrowser('staff directory (browser)', () => {
  it('admin imports the staff file, sees the list sorted by given name, and finds "Nguyễn Thúy Hà" without diacritics', async () => {
    const page = await web.newPage();
    await signIn(page, web.baseUrl, adminName, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Cán bộ' }).first().click();
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await page.waitForURL(/\/staff\/import\/[0-9a-f-]+$/);
    expect(await page.textContent('body')).toContain('43 thêm mới');
    await screenshot(page, 'staff-import-preview');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.waitForURL(/\/staff$/);
    expect(await page.textContent('.flash--success')).toContain('43 thêm mới');
    const names = await page.locator('td.staff-name').allTextContents();
    expect(names).toHaveLength(43);
    expect(names.map((n) => n.trim())).toEqual([...names.map((n) => n.trim())].sort(compareVietnameseNames));
    await screenshot(page, 'staff-list');
    await page.getByLabel('Tìm theo tên hoặc mã').fill('nguyen thuy ha');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/q=nguyen\+thuy\+ha/);
    const found = (await page.locator('td.staff-name').allTextContents()).map((n) => n.trim());
    expect(found).toEqual(['Nguyễn Thúy Hà']);
    await screenshot(page, 'staff-search');
  });
});
