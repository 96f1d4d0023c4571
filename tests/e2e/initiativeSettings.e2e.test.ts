// The new initiative pages as a user sees them, at 1280 and 360 px: the settings page (and its refusal beside the
// fields), the proposals page, the assignment page with a flagged colleague, and the council decision form refusing
// an initiative council too small. Each page must not scroll sideways at 360 px.
import { beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';
import { atBothWidths, describeBrowser, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
let initiativeId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  const group = await prisma.collective.create({ data: { schoolId: s.school.id, name: 'Tổ khối 3', kind: 'grade_group' } });
  await prisma.staff.updateMany({ where: { id: { in: [s.teacher.staff.id, s.members[0]!.staff.id] } }, data: { collectiveId: group.id } });
  await prisma.staff.update({ where: { id: s.chair.staff.id }, data: { position: 'Hiệu trưởng' } });
  initiativeId = (await buildInitiative(prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] })).id;
  await buildInitiative(prisma, {
    schoolId: s.school.id,
    schoolYear: s.year,
    authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
    status: 'recognised',
    title: 'Rèn kỹ năng đọc hiểu qua “Góc đọc sách” cho học sinh lớp 3',
  });
});

describeBrowser('new initiative pages', () => {
  it('settings, proposals, conflicts and the council form, at 1280 and 360 px', async () => {
    const secretary = await web.newPage();
    await signIn(secretary, web.baseUrl, s.secretary.user.username, TEST_PASSWORD);
    await secretary.goto(`${web.baseUrl}/initiatives/settings`);
    await atBothWidths(secretary, 'initiative-settings');
    await secretary.getByLabel('Điểm tối đa').first().fill('35');
    await secretary.getByLabel('Hạn chấm sáng kiến').fill('31/02/2027');
    await Promise.all([secretary.waitForLoadState('load'), secretary.getByRole('button', { name: 'Lưu cấu hình' }).click()]);
    await expect.poll(() => secretary.locator('#f-criteria-error').textContent()).toContain('phải bằng 100');
    await atBothWidths(secretary, 'initiative-settings-errors');

    await secretary.goto(`${web.baseUrl}/initiatives/${initiativeId}?view=1`);
    await expect.poll(() => secretary.locator('#conflicts').textContent()).toContain('cùng tổ với tác giả');
    await atBothWidths(secretary, 'initiative-assignment-conflicts');

    const chair = await web.newPage();
    await signIn(chair, web.baseUrl, s.chair.user.username, TEST_PASSWORD);
    await chair.goto(`${web.baseUrl}/initiatives/proposed`);
    await atBothWidths(chair, 'initiative-proposals');
    await chair.locator('input[name="proposedOn"]').first().fill('05/06/2027');
    await chair.locator('input[name="proposalNumber"]').first().fill('12/TTr-TH');
    await Promise.all([chair.waitForURL(/\/initiatives\/proposed$/), chair.getByRole('button', { name: 'Đề nghị cấp trên công nhận' }).first().click()]);
    await expect.poll(() => chair.locator('#proposed').textContent()).toContain('12/TTr-TH');
    await atBothWidths(chair, 'initiative-proposals-done');

    // The council decision form: the current council with three initiative seats but no chair is refused.
    await chair.goto(`${web.baseUrl}/council/2026/decisions/new`);
    await chair.getByLabel('Số quyết định').fill('7/QĐ-TH');
    await chair.getByLabel('Ngày ký').fill('01/12/2026');
    await Promise.all([chair.waitForLoadState('load'), chair.getByRole('button', { name: 'Lưu' }).click()]);
    await expect.poll(() => chair.locator('#initiative-error').textContent()).toContain('Chọn Chủ tịch Hội đồng sáng kiến');
    await atBothWidths(chair, 'council-decision-initiative-refused');
  });
});
