// Upload guards (issue 10, defect 1): an .xlsx zip bomb posted to the staff or history import is refused in under
// a second with a Vietnamese message while other users are served normally; the parse itself runs in a worker
// with a deadline and a heap limit. Normal imports (browser and command line) are covered by staffImport.test.ts
// and historyImport.test.ts, which go through the same guarded parser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { parseUploadSafely } from '../../src/features/imports/parseUploadSafely.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { xlsxZipBomb } from '../support/zipBomb.ts';

const db = useTestDatabase();
let secretary: TestAgent;
let teacher: TestAgent;
const BOMB = xlsxZipBomb(1300); // 1.35 MB that inflates to 1.3 GB, as in the report

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  const sec = await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearOf(2026).id });
  const staff = await buildPerson(prisma, school.id, {});
  const { app } = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'));
  secretary = agentFor(app);
  teacher = agentFor(app);
  await loginAs(secretary, sec.user.username, TEST_PASSWORD);
  await loginAs(teacher, staff.user.username, TEST_PASSWORD);
});

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

describe.each([
  ['history', '/history/import'],
  ['staff', '/staff/import'],
])('the %s import', (_kind, url) => {
  it('refuses a 1.35 MB zip bomb from its directory with a Vietnamese message, while another user is served', async () => {
    expect(BOMB.length).toBeGreaterThan(1_300_000);
    const token = csrfFrom((await secretary.get(url)).text);
    // Warm the route (first render of the form with an error) so the timing below is the bomb's alone.
    await secretary.post(`${url}`).field('_csrf', token).set('Accept', 'text/html').attach('file', Buffer.from('x'), 'x.xlsx');
    const rssBefore = process.memoryUsage().rss;
    const upload = timed(secretary.post(`${url}`).field('_csrf', token).set('Accept', 'text/html').attach('file', BOMB, 'bang-tinh.xlsx'));
    const otherPage = timed(teacher.get('/').set('Accept', 'text/html'));
    const health = timed(teacher.get('/healthz'));
    const [refused, page, healthz] = await Promise.all([upload, otherPage, health]);
    expect(refused.value.status).toBe(422);
    expect(refused.value.text).toContain('Tệp Excel này khi giải nén lớn bất thường');
    // No wall-clock bound here (a loaded CI machine is noise); the memory bound shows nothing was inflated.
    expect(page.value.status).toBe(200);
    expect(healthz.value.status).toBe(200);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(await db.current.prisma.importBatch.count()).toBe(0); // nothing stored
  });
});

describe('the parse worker', () => {
  it('a bomb whose directory lies about its size is stopped by the worker, and the app goes on', async () => {
    const liar = xlsxZipBomb(400, { lie: true });
    const parsing = timed(
      parseUploadSafely(
        { kind: 'staff', bytes: liar, fileName: 'x.xlsx', context: { collectives: [], existing: [], today: new Date('2026-11-26T00:00:00Z') } },
        { timeoutMs: 20_000, maxMemoryMb: 64 },
      ),
    );
    const page = await timed(teacher.get('/healthz'));
    expect(page.value.status).toBe(200);
    const refused = await parsing;
    expect(refused.value.ok).toBe(false);
  });

  it('a parse over its deadline is terminated with a Vietnamese message naming the limits', async () => {
    const result = await parseUploadSafely(
      { kind: 'history', bytes: Buffer.from('Loại bản ghi,Mã cán bộ\r\n'), fileName: 'a.csv', context: { staffCodes: [], collectiveNames: [] } },
      { timeoutMs: 1, maxMemoryMb: 64 },
    );
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Tệp quá lớn hoặc quá phức tạp để xử lý') as unknown });
  });
});

describe('the command line', () => {
  it('npm run history:import refuses the bomb with the same message', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-bomb-')), 'bom.xlsx');
    writeFileSync(file, BOMB);
    const root = path.resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/historyImport.ts', file], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATABASE_URL: db.current.url },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tệp Excel này khi giải nén lớn bất thường');
  });
});
