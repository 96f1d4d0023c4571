import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { historyWorkbook } from '../unit/history-import/historyFixtures.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let secretary = '';
let file = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2022, 2023, 2024, 2025, 2026] });
  await prisma.collective.create({ data: { schoolId: school.id, name: 'Tổ khối 2', kind: 'grade_group' } });
  await buildStaff(prisma, school.id, { code: 'GV010', fullName: 'Ngô Thị Bích Ngọc' });
  secretary = (await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearOf(2026).id })).user.username;
  const rows = { 'Hồ sơ năm học': [] as unknown[][], 'Danh hiệu, khen thưởng': [] as unknown[][] };
  for (const y of [2022, 2023, 2024, 2025]) {
    rows['Hồ sơ năm học'].push(['GV010', `${y}-${y + 1}`, 'HTXSNV', 12, 2, 0, 'Tổ khối 2', 'Có']);
    rows['Danh hiệu, khen thưởng'].push([
      'GV010',
      null,
      `${y}-${y + 1}`,
      'Lao động tiên tiến',
      `${y}/QĐ-UBND`,
      new Date(Date.UTC(y + 1, 6, 15)),
      'Chủ tịch UBND quận Long Biên',
    ]);
    rows['Danh hiệu, khen thưởng'].push([
      'GV010',
      null,
      `${y}-${y + 1}`,
      'CSTĐCS',
      `${y}b/QĐ-UBND`,
      new Date(Date.UTC(y + 1, 6, 15)),
      'Chủ tịch UBND quận Long Biên',
    ]);
  }
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-')), 'qua-trinh-thi-dua.xlsx');
  writeFileSync(file, await historyWorkbook(rows as never));
});

describeBrowser('history and personal record (browser)', () => {
  it("the secretary imports history, opens a teacher's record, sees the timeline and the forecast", async () => {
    const page = await web.newPage();
    page.on('dialog', (d) => void d.accept());
    await signIn(page, web.baseUrl, secretary, TEST_PASSWORD);
    await page.goto(`${web.baseUrl}/history/import`);
    await page.getByLabel('Tệp Excel (.xlsx) hoặc CSV (UTF-8)').setInputFiles(file);
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await page.waitForURL(/\/history\/import\/[0-9a-f-]+$/);
    await screenshot(page, 'history-preview');
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.waitForURL(/\/eligibility\/\d{4}$/);
    await page.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await page.getByRole('link', { name: 'Ngô Thị Bích Ngọc' }).click();
    await page.waitForURL(/\/records\/staff\//);
    const text = (await page.textContent('main'))!;
    expect(text).toContain('Hồ sơ thi đua: Ngô Thị Bích Ngọc');
    expect(text).toContain('Năm học 2025-2026');
    expect(text).toContain('Năm học 2022-2023');
    expect(text).toContain('Danh hiệu có thể đạt và điều kiện còn thiếu');
    expect(text).toMatch(/CSTĐ TP năm học 2026-2027|CSTĐ Thành phố năm học 2026-2027/);
    await screenshot(page, 'record-teacher');
  });
});
