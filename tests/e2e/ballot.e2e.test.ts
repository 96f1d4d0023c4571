// The secret ballot in browsers on phones: three council members vote in three browser contexts at 360 px, the
// secretary closes the round, the result is shown, the chair approves, the minutes PDF is downloaded and read.
import { execFileSync } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
const PHONE = { width: 360, height: 740 };
let council: CouncilFixture;
let meetingId: string;

beforeAll(async () => {
  council = await buildCouncil(db.current.prisma, 3);
  await buildNominations(db.current.prisma, council, 'CSTDCS', 2);
  meetingId = (await buildMeeting(db.current.prisma, council)).id;
});

describeBrowser('secret ballot (browser, 360 px)', () => {
  it('three members vote on phones, the round is closed, the chair approves, the minutes PDF is downloaded', async () => {
    const secretary = await web.newPage(PHONE);
    await signIn(secretary, web.baseUrl, council.secretary.username, TEST_PASSWORD);
    await secretary.goto(`${web.baseUrl}/meetings/${meetingId}`);
    await secretary.getByRole('button', { name: 'Mở phiếu bầu' }).click();
    await secretary.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    expect(await secretary.textContent('.flash--success')).toContain('Đã mở phiếu bầu.');
    await screenshot(secretary, 'ballot-open-360');

    const voters = await Promise.all(
      council.all.map(async (p) => {
        const page = await web.newPage(PHONE);
        await signIn(page, web.baseUrl, p.username, TEST_PASSWORD);
        return page;
      }),
    );
    await Promise.all(
      voters.map(async (page, i) => {
        await page.goto(`${web.baseUrl}/meetings/${meetingId}`);
        await page.getByRole('link', { name: 'Bỏ phiếu', exact: true }).click();
        const ballots = page.locator('fieldset');
        expect(await ballots.count()).toBe(2);
        await ballots.nth(0).getByLabel('Đồng ý', { exact: true }).check();
        await ballots
          .nth(1)
          .getByLabel(i === 0 ? 'Không đồng ý' : 'Đồng ý', { exact: true })
          .check();
        if (i === 0) await screenshot(page, 'ballot-vote-360');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
        await page.getByRole('button', { name: 'Gửi phiếu' }).click();
        await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
        expect(await page.textContent('.flash--success')).toContain('Phiếu của bạn đã được ghi nhận.');
        expect(await page.locator('table.results').count()).toBe(0); // no live tally
      }),
    );

    await secretary.reload();
    expect(await secretary.textContent('.returned')).toContain('Đã bỏ phiếu: 3/3');
    await secretary.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await secretary.waitForURL(new RegExp(`/meetings/${meetingId}`));
    const results = (await secretary.textContent('table.results'))!;
    expect(results).toContain('Ứng viên 01');
    expect(results).toMatch(/100,00%\s*Đạt/);
    expect(results).toMatch(/66,66%\s*Không đạt/);
    await screenshot(secretary, 'ballot-closed-360');

    const chair = voters[0]!;
    await chair.goto(`${web.baseUrl}/meetings/${meetingId}`);
    await chair.getByRole('link', { name: 'Xem và phê duyệt danh sách' }).click();
    expect(await chair.textContent('main')).toContain('Chủ tịch UBND phường');
    await screenshot(chair, 'ballot-approve-360');
    await chair.getByRole('button', { name: 'Phê duyệt' }).click();
    await chair.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    expect(await chair.textContent('.flash--success')).toContain('Đã phê duyệt danh sách.');

    const [download] = await Promise.all([chair.waitForEvent('download'), chair.getByRole('link', { name: 'Biên bản họp (PDF)' }).click()]);
    const file = await download.path();
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, '');
    expect(text).toContain('BIÊNBẢN');
    // name, agree, disagree, written, votes for / total members (%)
    // The nominees' order on the page follows their ids, so which one got three votes is read from the minutes.
    const passed = /Ứngviên(0\d)3003\/3\(100,00%\)/.exec(text)?.[1];
    expect(passed).toBeDefined();
    expect(text).toMatch(/Ứngviên0\d2102\/3\(66,66%\)Khôngđạt/);
    expect(text).toContain(`xéttặngChiếnsĩthiđuacơsở:Ứngviên${passed}.`);
  });
});
