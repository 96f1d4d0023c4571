// Initiatives in the browser: a teacher submits with an attachment, the secretary assigns two reviewers, one reviewer
// tries to peek at the council's results before scoring and is refused, both score, the chair issues the decision and
// the teacher downloads the certificate. Screenshots at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiativeSchool } from '../support/initiativeFactories.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
const TITLE = 'Ứng dụng sơ đồ tư duy trong dạy Tự nhiên và Xã hội lớp 2';

beforeAll(async () => {
  s = await buildInitiativeSchool(db.current.prisma);
});

describeBrowser('initiatives (browser)', () => {
  it('submit with an attachment → two reviewers score (one peeks and is refused) → the chair decides → certificate', async () => {
    const teacher = await web.newPage();
    await signIn(teacher, web.baseUrl, s.teacher.user.username, TEST_PASSWORD);
    await teacher.getByRole('link', { name: 'Sáng kiến' }).first().click();
    await teacher.getByRole('link', { name: 'Nộp sáng kiến' }).click();
    await teacher.getByLabel('Tên sáng kiến').fill(TITLE);
    await teacher.getByLabel('Lĩnh vực, môn học').fill('Tự nhiên và Xã hội');
    await teacher.getByLabel('Thực trạng, vấn đề cần giải quyết').fill('Học sinh khó ghi nhớ kiến thức theo chủ đề.');
    await teacher.getByLabel('Nội dung, giải pháp').fill('Mỗi chủ đề kết thúc bằng một sơ đồ tư duy do học sinh vẽ theo nhóm.');
    await teacher.getByLabel('Tính mới, sáng tạo').fill('Lần đầu áp dụng ở khối 2.');
    await teacher.getByLabel('Hiệu quả, lợi ích').fill('Học sinh nhớ bài lâu hơn.');
    await teacher.getByLabel('Số liệu trước khi áp dụng').fill('52% học sinh đạt bài kiểm tra chủ đề');
    await teacher.getByLabel('Số liệu sau khi áp dụng').fill('86% học sinh đạt bài kiểm tra chủ đề');
    await screenshot(teacher, 'initiative-form-1280');
    await teacher.getByRole('button', { name: 'Lưu nháp' }).click();
    await teacher.waitForURL(/\/initiatives\/[0-9a-f-]+$/);
    await teacher.setInputFiles('#f-file', { name: 'minh-chung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await teacher.getByRole('button', { name: 'Tải lên' }).click();
    expect(await teacher.textContent('.flash--success')).toContain('Đã thêm tệp.');
    await teacher.setViewportSize({ width: 360, height: 800 });
    await screenshot(teacher, 'initiative-form-360');
    await teacher.setViewportSize({ width: 1280, height: 900 });
    await teacher.getByRole('button', { name: 'Nộp sáng kiến' }).click();
    expect(await teacher.textContent('.flash--success')).toContain('Đã nộp sáng kiến.');
    const initiativeUrl = teacher.url().replace(/\?.*$/, '');

    const secretary = await web.newPage();
    await signIn(secretary, web.baseUrl, s.secretary.user.username, TEST_PASSWORD);
    for (const name of ['Lê Văn Bình', 'Phạm Thị Cúc']) {
      await secretary.goto(`${initiativeUrl}?view=1`);
      await secretary.getByLabel('Phân công người chấm').selectOption({ label: name });
      await secretary.getByRole('button', { name: 'Phân công', exact: true }).click();
      expect(await secretary.textContent('.flash--success')).toContain('Đã phân công người chấm.');
    }

    const score = async (username: string, p: [string, string, string, string]) => {
      const page = await web.newPage();
      await signIn(page, web.baseUrl, username, TEST_PASSWORD);
      await page.goto(`${initiativeUrl}/score`);
      await page.getByLabel(/Tính mới, sáng tạo/).fill(p[0]);
      await page.getByLabel(/Tính khoa học/).fill(p[1]);
      await page.getByLabel(/Hiệu quả/).fill(p[2]);
      await page.getByLabel(/Khả năng áp dụng/).fill(p[3]);
      return page;
    };
    const first = await score(s.members[0]!.user.username, ['27', '18', '27', '18']);
    await first.getByLabel('Nhận xét').fill('Giải pháp rõ ràng, số liệu thuyết phục.');
    await first.getByRole('button', { name: 'Gửi điểm' }).click();
    expect(await first.textContent('.flash--success')).toContain('Đã gửi điểm.');

    // The second reviewer peeks before scoring: the other score is hidden and the council's list is refused.
    const second = await score(s.members[1]!.user.username, ['26', '17', '26', '17']);
    expect(await second.textContent('#others-hidden')).toContain('chỉ hiện sau khi bạn gửi điểm của mình');
    expect(await second.textContent('main')).not.toContain('Giải pháp rõ ràng');
    await second.setViewportSize({ width: 360, height: 800 });
    await screenshot(second, 'initiative-score-360');
    await second.setViewportSize({ width: 1280, height: 900 });
    await screenshot(second, 'initiative-score-1280');
    const refused = await second.goto(`${web.baseUrl}/initiatives/council`);
    expect(refused?.status()).toBe(403);
    await second.goto(`${initiativeUrl}/score`);
    await second.getByLabel(/Tính mới, sáng tạo/).fill('26');
    await second.getByLabel(/Tính khoa học/).fill('17');
    await second.getByLabel(/Hiệu quả/).fill('26');
    await second.getByLabel(/Khả năng áp dụng/).fill('17');
    await second.getByRole('button', { name: 'Gửi điểm' }).click();
    expect(await second.textContent('main')).toContain('Giải pháp rõ ràng');

    const chair = await web.newPage();
    await signIn(chair, web.baseUrl, s.chair.user.username, TEST_PASSWORD);
    await chair.goto(`${web.baseUrl}/initiatives/council`);
    await chair.getByRole('button', { name: 'Ban hành quyết định công nhận' }).click();
    expect(await chair.textContent('.flash--success')).toContain('Đã ban hành quyết định công nhận sáng kiến.');
    expect(await chair.textContent('#results')).toContain('Loại A');
    await screenshot(chair, 'initiative-council-1280');
    await chair.setViewportSize({ width: 360, height: 800 });
    await screenshot(chair, 'initiative-council-360');

    await teacher.goto(initiativeUrl);
    expect(await teacher.textContent('main')).toContain('Được công nhận');
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name: 'Tải giấy chứng nhận' }).click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(teacher, 'initiative-recognised-1280');
  }, 240_000); // many pages and four browsers: slow on a loaded 2-core machine
});
