import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { buildDraftDocumentPlan } from '../support/planFactories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { describeBrowser, SCREENSHOT_DIR, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');

let chair = '';

beforeAll(async () => {
  // The chair of a school whose 2026 plan is a draft copied from the school's real 2024 plan.
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  chair = (await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearOf(2026).id })).user.username;
  await buildDraftDocumentPlan(prisma, { schoolId: school.id, year: 2026 });
});

describeBrowser('annual plan (browser)', () => {
  it('the chair edits a plan section, submits, approves, and downloads the PDF', async () => {
    const page = await web.newPage();
    page.on('dialog', (d) => void d.accept());
    await signIn(page, web.baseUrl, chair, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('link', { name: /năm 2026/ }).click();
    await page.getByRole('link', { name: 'Sửa mục I', exact: true }).click();
    const body = page.getByLabel('Nội dung');
    await body.fill(`${await body.inputValue()}\n- Tổ chức tốt các hoạt động chào mừng 20/11/2026.`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+#section-0$/);
    expect(await page.textContent('#section-0')).toContain('Tổ chức tốt các hoạt động chào mừng 20/11/2026.');
    await page.getByRole('button', { name: 'Trình Chủ tịch phê duyệt' }).click();
    expect(await page.textContent('.status-pill')).toContain('Chờ phê duyệt');
    await page.getByRole('link', { name: 'Phê duyệt và ban hành' }).click();
    await screenshot(page, 'plan-approve');
    await page.getByRole('button', { name: 'Phê duyệt và ban hành' }).click();
    await page.waitForURL(/\/versions\/1$/);
    expect(await page.textContent('.flash--success')).toContain('Đã phê duyệt và ban hành kế hoạch, số 01/KH-HĐTĐKT');
    await screenshot(page, 'plan-version');
    // The link's target, fetched with the page's own session (headless Chromium's download manager is not needed).
    const href = await page.getByRole('link', { name: 'Tải PDF' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, web.baseUrl).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('ke-hoach-thi-dua-2026-v1.pdf');
    const bytes = await response.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, 'plan-2026-v1.pdf'), bytes);
  });
});
