import { beforeAll, expect, it } from 'vitest';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { buildAwardRecord, buildStaffYearRecord } from '../support/recordFactories.ts';
import { buildWorkflowSchool } from '../support/workflowFactories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');

const people = { teacher: '', vice: '' };

beforeAll(async () => {
  // A school whose 2026-2027 registration window is open, a teacher with three years of LĐTT and the vice chair.
  const prisma = db.current.prisma;
  const { school, year } = await buildWorkflowSchool(prisma);
  const teacher = await buildPerson(prisma, school.id, { fullName: 'Hoàng Thị Mai', named: true });
  people.teacher = teacher.user.username;
  // Her past years (LĐTT each, never CSTĐCS): the engine can tell that CSTĐ Thành phố is out of reach this year.
  for (const startYear of [2023, 2024, 2025]) {
    await buildStaffYearRecord(prisma, { staffId: teacher.staff.id, startYear });
    await buildAwardRecord(prisma, { staffId: teacher.staff.id, startYear });
  }
  people.vice = (await buildPerson(prisma, school.id, { role: 'vice_chair', schoolYearId: year.id })).user.username;
});

describeBrowser('registration (browser)', () => {
  it('a teacher registers, the vice chair returns it with a reason, the teacher fixes and resubmits, the vice chair approves; the register shows it', async () => {
    const teacher = await web.newPage();
    teacher.on('dialog', (d) => void d.accept());
    await signIn(teacher, web.baseUrl, people.teacher, TEST_PASSWORD);
    await teacher.getByRole('link', { name: 'Đăng ký thi đua' }).first().click();
    await teacher.getByRole('link', { name: 'Đăng ký', exact: true }).click();
    await teacher.getByLabel('Lao động tiên tiến').check();
    await teacher.getByLabel('Chiến sĩ thi đua cơ sở').check();
    expect(await teacher.textContent('#warn-CSTD_TP')).toContain('Không thể đạt trong năm học này');
    await screenshot(teacher, 'registration-form');
    await teacher.getByLabel('Cam kết, chỉ tiêu phấn đấu').fill('Lớp đạt 100% học sinh hoàn thành chương trình.');
    await teacher.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await teacher.waitForURL(/\/registrations\/[0-9a-f-]+$/);
    expect(await teacher.textContent('.flash--success')).toContain('Đã gửi đăng ký.');

    const vice = await web.newPage();
    vice.on('dialog', (d) => void d.accept()); // "Trả lại" asks for confirmation (issue 15 §8)
    await signIn(vice, web.baseUrl, people.vice, TEST_PASSWORD);
    await vice.goto(`${web.baseUrl}/registrations/review`);
    await vice.getByRole('link', { name: 'Hoàng Thị Mai' }).click();
    await vice.getByLabel('Lý do trả lại (bắt buộc khi trả lại)').fill('Vui lòng ghi tên sáng kiến dự kiến.');
    await vice.getByRole('button', { name: 'Trả lại' }).click();
    await vice.waitForURL(/\/registrations\/review$/);

    await teacher.goto(`${web.baseUrl}/registrations`);
    await teacher.getByRole('link', { name: 'Xem, sửa' }).click();
    expect(await teacher.textContent('main')).toContain('Đăng ký bị trả lại: Vui lòng ghi tên sáng kiến dự kiến.');
    await teacher.getByLabel('Tên sáng kiến dự kiến').fill('Dạy học phân hóa môn Tiếng Việt lớp 1');
    await teacher.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await teacher.waitForURL(/\/registrations\/[0-9a-f-]+$/);

    await vice.goto(`${web.baseUrl}/registrations/review`);
    await vice.getByRole('link', { name: 'Hoàng Thị Mai' }).click();
    await vice.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await vice.waitForURL(/\/registrations\/review$/);
    await vice.goto(`${web.baseUrl}/registrations/summary`);
    const summary = (await vice.textContent('main'))!;
    expect(summary).toContain('Hoàng Thị Mai');
    expect(summary).toContain('Lao động tiên tiến: 1');
    await screenshot(vice, 'registration-summary');
  });
});
