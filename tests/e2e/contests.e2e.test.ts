// The writing contest walked through in a phone-sized browser (360 px): a teacher submits, the secretary closes the
// entries, scores, prints the judged sheet and publishes (issuing the results notice). Every page is screenshot at
// 1280 and 360 px, none scrolls sideways at 360 px, and every page loaded is axe-scanned by the harness.
import { beforeAll, expect, it } from 'vitest';
import { buildCouncil } from '../support/ballotFixtures.ts';
import { buildContest } from '../support/contestFactories.ts';
import { buildExemplar } from '../support/exemplarFactories.ts';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { atBothWidths, describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let c: Awaited<ReturnType<typeof buildCouncil>>;
let teacherUsername = '';
let contestId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  c = await buildCouncil(prisma, 3);
  const group = await prisma.collective.create({ data: { schoolId: c.schoolId, name: 'Tổ Khối 4', kind: 'grade_group' } });
  const teacher = await buildPerson(prisma, c.schoolId, { fullName: 'Trần Thị Lan' });
  await prisma.staff.update({ where: { id: teacher.staff.id }, data: { collectiveId: group.id } });
  teacherUsername = teacher.user.username;
  await buildExemplar(prisma, { schoolId: c.schoolId, schoolYearId: c.schoolYearId, state: 'published', title: 'Nhặt được ví tiền trả người đánh mất' });
  contestId = (
    await buildContest(prisma, {
      schoolId: c.schoolId,
      schoolYearId: c.schoolYearId,
      state: 'open',
      title: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt',
    })
  ).id;
});

describeBrowser('writing contest', () => {
  it('submit → close → score → print the judged sheet → publish (the results notice issued), on a 360 px phone', async () => {
    const teacher = await web.newPage();
    await teacher.setViewportSize({ width: 360, height: 800 });
    await signIn(teacher, web.baseUrl, teacherUsername, TEST_PASSWORD);
    await teacher.goto(`${web.baseUrl}/contests`);
    await atBothWidths(teacher, 'contests-list');
    await teacher.getByRole('link', { name: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt' }).click();
    await atBothWidths(teacher, 'contest-open-teacher');
    await teacher.setViewportSize({ width: 360, height: 800 });
    await teacher.getByLabel('Tên bài viết').fill('Cô giáo của những em nhỏ vùng cao');
    await teacher.getByLabel('Viết về điển hình của trường (nếu có)').selectOption({ label: 'Nhặt được ví tiền trả người đánh mất' });
    await teacher.getByLabel('Nội dung bài viết').fill('Cô Lan đã gắn bó với điểm trường lẻ mười năm.\n\nMỗi sáng cô vượt suối đến lớp.');
    await Promise.all([teacher.waitForURL(/\/entries\//), teacher.getByRole('button', { name: 'Nộp bài' }).click()]);
    await expect.poll(() => teacher.textContent('.flash, [role="status"], body')).toContain('Đã nộp bài dự thi.');
    await atBothWidths(teacher, 'contest-entry-author');

    const secretary = await web.newPage();
    secretary.on('dialog', (d) => void d.accept()); // publishing asks for confirmation
    await secretary.setViewportSize({ width: 360, height: 800 });
    await signIn(secretary, web.baseUrl, c.secretary.username, TEST_PASSWORD);
    await secretary.goto(`${web.baseUrl}/contests/${contestId}`);
    await Promise.all([secretary.waitForLoadState('load'), secretary.getByRole('button', { name: 'Kết thúc nhận bài, chuyển sang chấm' }).click()]);
    await expect.poll(() => secretary.textContent('body')).toContain('Chấm bài');
    await atBothWidths(secretary, 'contest-judging');
    await secretary.setViewportSize({ width: 360, height: 800 });
    await secretary.getByLabel('Điểm').first().fill('85,5');
    await secretary.getByLabel('Giải').first().selectOption({ label: 'Giải Nhất' });
    await secretary.getByLabel('Nhận xét của Ban giám khảo').first().fill('Giàu cảm xúc, chân thực.');
    await Promise.all([
      secretary.waitForURL(/#entry-/),
      secretary
        .getByRole('button', { name: /Lưu điểm/ })
        .first()
        .click(),
    ]);
    // The judged sheet, printed to sign before publication.
    await secretary.goto(`${web.baseUrl}/contests/${contestId}/results/print?lang=vi`);
    const printed = (await secretary.textContent('main')) ?? '';
    expect(printed).toContain('KẾT QUẢ CUỘC THI');
    expect(printed).toContain('Trần Thị Lan');
    expect(printed).toContain('Tổ Khối 4');
    expect(printed).toContain('Giải Nhất');
    await atBothWidths(secretary, 'contest-print');
    await secretary.setViewportSize({ width: 794, height: 1123 }); // an A4 page at 96 dpi
    await secretary.emulateMedia({ media: 'print' });
    await screenshot(secretary, 'contest-print-media');
    await secretary.emulateMedia({ media: 'screen' });
    await secretary.setViewportSize({ width: 360, height: 800 });

    await secretary.goto(`${web.baseUrl}/contests/${contestId}`);
    await Promise.all([secretary.waitForURL(/#results/), secretary.getByRole('button', { name: 'Công bố kết quả' }).click()]);
    await expect.poll(() => secretary.textContent('#results')).toContain('85,5');
    // Publishing issued the council's results notice: linked from the results, PDF and DOCX.
    expect(await secretary.textContent('#results')).toContain('Thông báo kết quả số 01/TB-HĐTĐKT');
    const pdf = await secretary.request.get(`${web.baseUrl}/contests/${contestId}/results/notice.pdf`);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
    await atBothWidths(secretary, 'contest-published');

    // The same pages in English fit a 360 px phone too.
    for (const [name, path] of [
      ['contests-list-en', '/contests?lang=en'],
      ['contest-published-en', `/contests/${contestId}?lang=en`],
    ] as const) {
      await secretary.goto(`${web.baseUrl}${path}`);
      await atBothWidths(secretary, name);
    }
  });
});
