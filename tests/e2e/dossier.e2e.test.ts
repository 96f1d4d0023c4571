// The secretary's dossier, in a browser: the check on /dossiers names a nominee whose báo cáo thành tích is missing;
// she writes it in the page and the chair confirms it; the check is clean; she exports, watches the progress bar
// (percentage and the part being rendered) move, downloads the PDF and the ZIP through the page; `npm run dossier`
// against the same database then writes the same bytes. Screenshots at 1280 and 360 px; axe: 0 serious/critical.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDossierWorker, type DossierWorker } from '../../src/jobs/dossierWorker.ts';
import { buildBallotRound, buildRoundNominee } from '../support/ballotFactories.ts';
import { buildCouncil, type CouncilFixture } from '../support/ballotFixtures.ts';
import { buildAchievementReport } from '../support/dossierFactories.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildApproval } from '../support/postingFactories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { axeViolations, describeBrowser, screenshot, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
const PHONE = { width: 360, height: 740 };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let council: CouncilFixture;
let missing: { nominationId: string; name: string };
let worker: DossierWorker | undefined;
const out = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));

beforeAll(async () => {
  const prisma = db.current.prisma;
  council = await buildCouncil(prisma, 3);
  const { nominationIds, meeting } = await buildApproval(prisma, council, 3);
  // The meeting's closed round: every nominee 3/3, so the tờ trình and the vote count have their data.
  const round = await buildBallotRound(prisma, { schoolId: council.schoolId, meetingId: meeting.id, totalMembers: 3 });
  for (const [position, nominationId] of nominationIds.entries())
    await buildRoundNominee(prisma, { schoolId: council.schoolId, roundId: round.id, nominationId, position });
  const nominees = nominationIds.map((nomineeId) => ({
    nomineeId,
    agree: 3,
    disagree: 0,
    blank: 0,
    writtenAgree: 0,
    writtenDisagree: 0,
    votesFor: 3,
    pctOfTotal: '100.00',
    passed: true,
  }));
  await prisma.ballotRound.update({
    where: { id: round.id },
    data: { status: 'closed', closedAt: new Date('2026-11-20T08:00:00Z'), result: { totalMembers: 3, votesNeeded: 2, nominees } },
  });
  const chair = await prisma.user.findFirstOrThrow({ where: { staffId: council.chair.staffId } });
  // Every nominee has a confirmed report but the last: that is the part the check must name.
  for (const id of nominationIds.slice(0, -1)) await buildAchievementReport(prisma, { schoolId: council.schoolId, nominationId: id, confirmedById: chair.id });
  const last = await prisma.nomination.findUniqueOrThrow({ where: { id: nominationIds.at(-1)! }, include: { staff: true } });
  missing = { nominationId: last.id, name: last.staff!.fullName };
  // The queue's worker, as `npm start` runs it; each part waits a little so the bar can be watched moving.
  worker = await startDossierWorker({
    url: db.current.url,
    prisma,
    clock: () => web.clock.now,
    log: () => undefined,
    pollingIntervalSeconds: 0.5,
    hooks: { afterPart: () => new Promise((r) => setTimeout(r, 400)) },
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop(5000);
  rmSync(out, { recursive: true, force: true });
});

describeBrowser('dossier for the upper level (browser)', () => {
  it('the secretary fixes the missing report, exports with a progress bar, downloads PDF and ZIP; the CLI gives the same bytes', async () => {
    const secretary = await web.newPage();
    await signIn(secretary, web.baseUrl, council.secretary.username, TEST_PASSWORD);
    await secretary.goto(`${web.baseUrl}/dossiers`);
    await secretary.waitForURL(/\/dossiers\/2026/);
    const issues = secretary.locator('.dossier-issues li');
    expect(await issues.count()).toBe(1);
    expect(await issues.first().getAttribute('data-issue')).toBe('missingReport');
    expect(await issues.first().textContent()).toContain(missing.name);
    expect(await issues.first().textContent()).toMatch(/Báo cáo thành tích/);
    expect(await secretary.getByRole('button', { name: 'Xuất hồ sơ' }).isDisabled()).toBe(true);
    await screenshot(secretary, 'dossier-check-1280');
    expect(await axeViolations(secretary)).toEqual([]);
    const phone = await web.newPage(PHONE);
    await signIn(phone, web.baseUrl, council.secretary.username, TEST_PASSWORD);
    await phone.goto(`${web.baseUrl}/dossiers/2026`);
    await screenshot(phone, 'dossier-check-360');
    expect(Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);

    // The fix, in the page: the secretary writes the report, the chair confirms it.
    await secretary.locator(`a[href="/dossiers/reports/${missing.nominationId}"]`).click();
    await secretary.getByLabel('Ngày sinh').fill('05/09/1988');
    await secretary.getByLabel('Giới tính').fill('Nữ');
    await secretary.getByLabel('Quê quán').fill('Thừa Thiên Huế');
    await secretary.getByLabel('Trình độ chuyên môn').fill('Thạc sĩ Quản lý giáo dục');
    await secretary.getByLabel('Chức năng, nhiệm vụ được giao').fill('Giáo viên chủ nhiệm lớp 5B, tổ trưởng chuyên môn');
    await secretary
      .getByLabel('Thành tích đạt được (mỗi dòng một ý)')
      .fill('Lớp chủ nhiệm đạt danh hiệu Lớp học thân thiện.\nHướng dẫn học sinh đạt giải Nhì cấp thành phố.');
    await secretary.getByRole('button', { name: 'Lưu', exact: true }).click();
    await secretary.waitForURL(/\/dossiers\/2026/);
    expect(await secretary.locator('.dossier-issues li').first().getAttribute('data-issue')).toBe('reportNotConfirmed');
    const chair = await web.newPage();
    await signIn(chair, web.baseUrl, council.chair.username, TEST_PASSWORD);
    await chair.goto(`${web.baseUrl}/dossiers/reports/${missing.nominationId}`);
    expect(await chair.getByLabel('Quê quán').inputValue()).toBe('Thừa Thiên Huế');
    await chair.getByRole('button', { name: 'Lưu và xác nhận (Chủ tịch Hội đồng)' }).click();
    await chair.waitForURL(/\/dossiers\/2026/);

    await secretary.reload();
    expect(await secretary.textContent('[data-check="clean"]')).toContain('Hồ sơ đầy đủ: có thể xuất.');
    // Every value the page shows while the job runs: the bar's percentage and the part's name.
    await secretary.getByRole('button', { name: 'Xuất hồ sơ' }).click();
    await secretary.waitForURL(/\/dossiers\/2026/);
    expect(await secretary.textContent('.flash--success')).toContain('Đã đưa hồ sơ vào hàng đợi xuất.');
    const seen = new Set<string>();
    for (let i = 0; i < 600 && !(await secretary.locator('[data-status="done"]').count()); i++) {
      const row = secretary.locator('[data-export][data-status="queued"], [data-export][data-status="running"]').first();
      if (await row.count()) {
        const [pct, part, bar] = await Promise.all([
          row
            .locator('.js-pct')
            .textContent({ timeout: 1000 })
            .catch(() => null),
          row
            .locator('.js-part')
            .textContent({ timeout: 1000 })
            .catch(() => null),
          row
            .locator('.js-progress')
            .getAttribute('value', { timeout: 1000 })
            .catch(() => null),
        ]);
        if (pct && part && Number(pct.replace('%', '')) > 0) {
          seen.add(`${pct}|${bar}|${part}`);
          if (seen.size === 1) await screenshot(secretary, 'dossier-progress-1280');
        }
      }
      await secretary.waitForTimeout(100);
    }
    expect(await secretary.locator('[data-status="done"]').count()).toBe(1);
    const watched = [...seen].map((s) => s.split('|'));
    expect(watched.length).toBeGreaterThanOrEqual(2); // the bar moved while the page was open
    for (const [pct, bar] of watched) expect(pct).toBe(`${bar}%`);
    expect(watched.every(([, , part]) => part!.trim().length > 0)).toBe(true); // each step names the part being rendered
    await screenshot(secretary, 'dossier-done-1280');
    expect(await axeViolations(secretary)).toEqual([]);
    await phone.reload();
    await screenshot(phone, 'dossier-done-360');

    const download = async (name: string) => {
      const [d] = await Promise.all([secretary.waitForEvent('download'), secretary.getByRole('link', { name }).first().click()]);
      const file = path.join(out, `page-${d.suggestedFilename()}`);
      await d.saveAs(file);
      return file;
    };
    const pdf = await download('Tải PDF');
    const zip = await download('Tải ZIP');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain(missing.name);
    expect(text).toContain('Thừa Thiên Huế');
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');

    // The command line against the same database: the same version, the same bytes.
    const cli = path.join(out, 'cli');
    execFileSync('npm', ['run', '--silent', 'dossier', '--', '--year', '2026-2027', '--out', cli], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: db.current.url, NODE_ENV: 'development', LOG_LEVEL: 'silent' },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const files = readdirSync(cli).sort();
    expect(files).toEqual([path.basename(pdf).replace(/^page-/, ''), path.basename(zip).replace(/^page-/, '')].sort());
    expect(sha256(path.join(cli, path.basename(pdf).replace(/^page-/, '')))).toBe(sha256(pdf));
    expect(sha256(path.join(cli, path.basename(zip).replace(/^page-/, '')))).toBe(sha256(zip));
  }, 300_000);
});
