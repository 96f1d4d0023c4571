// History import over HTTP and from the command line: preview, all or nothing, idempotent; then the eligibility
// report explains verdicts with the exact missing fact.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { historyWorkbook, type Sheets } from '../unit/history-import/historyFixtures.ts';

const db = useTestDatabase();
let secretary: TestAgent;
const codes = Array.from({ length: 40 }, (_, i) => `T${String(i + 1).padStart(3, '0')}`);
const years = [2020, 2021, 2022, 2023, 2024];
const label = (y: number) => `${y}-${y + 1}`;
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** 40 staff × 5 years: everyone HTTNV with LĐTT; T001 has CSTĐCS every year but 2023-2024. */
function history(): Sheets {
  const sheets: Sheets = { 'Hồ sơ năm học': [], 'Danh hiệu, khen thưởng': [], 'Sáng kiến': [], 'Tập thể': [] };
  for (const y of years) {
    for (const code of codes) {
      sheets['Hồ sơ năm học']!.push([code, label(y), code === 'T001' ? 'HTXSNV' : 'HTTNV', 12, 3, 0, 'Tổ khối 1', 'Có']);
      sheets['Danh hiệu, khen thưởng']!.push([
        code,
        null,
        label(y),
        'Lao động tiên tiến',
        `${100 + y - 2000}/QĐ-UBND`,
        d(y + 1, 7, 10),
        'Chủ tịch UBND quận Long Biên',
      ]);
    }
    if (y !== 2023)
      sheets['Danh hiệu, khen thưởng']!.push([
        'T001',
        null,
        label(y),
        'Chiến sĩ thi đua cơ sở',
        `${200 + y - 2000}/QĐ-UBND`,
        d(y + 1, 7, 10),
        'Chủ tịch UBND quận Long Biên',
      ]);
    sheets['Sáng kiến']!.push([label(y), `Sáng kiến của T001 năm ${y}`, y === 2024 ? 'Thành phố' : 'Cơ sở', 'A', d(y + 1, 5, 1), 'T001', 100]);
    sheets['Tập thể']!.push(['Tổ khối 1', label(y), 'HTTNV']);
  }
  return sheets;
}

async function upload(bytes: Buffer, name: string) {
  const token = csrfFrom((await secretary.get('/history/import')).text);
  return secretary.post(`/history/import`).field('_csrf', token).set('Accept', 'text/html').attach('file', bytes, name);
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2020, 2021, 2022, 2023, 2024, 2025, 2026] });
  await prisma.collective.create({ data: { schoolId: school.id, name: 'Tổ khối 1', kind: 'grade_group' } });
  for (const [i, code] of codes.entries()) await buildStaff(prisma, school.id, { code, fullName: `Nguyễn Văn Số${i + 1}`, gender: i % 2 ? 'male' : 'female' });
  const { user } = await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearOf(2026).id });
  secretary = agentFor(buildTestApp(db.current, testClock('2026-11-26T03:00:00Z')).app);
  await loginAs(secretary, user.username, TEST_PASSWORD);
});

describe('history import', () => {
  it('shows row errors precisely and writes nothing', async () => {
    const bad = history();
    bad['Hồ sơ năm học']![3]![0] = 'X999';
    const res = await upload(await historyWorkbook(bad), 'qua-trinh.xlsx');
    const preview = await secretary.get(res.headers.location!);
    expect(preview.text).toContain('Tệp có 1 lỗi');
    expect(preview.text).toContain('Không có cán bộ mã “X999” trong danh bạ.');
    expect(preview.text).not.toContain('Xác nhận nhập');
    expect(await db.current.prisma.staffYearRecord.count()).toBe(0);
  });

  it('imports 40 staff × 5 years, then the same file changes nothing', async () => {
    const file = await historyWorkbook(history());
    const res = await upload(file, 'qua-trinh.xlsx');
    const preview = await secretary.get(res.headers.location!);
    expect(preview.text).toMatch(/<td>Hồ sơ năm học<\/td><td>200<\/td><td>200<\/td><td>0<\/td><td>0<\/td>/);
    const confirm = await secretary
      .post(`${res.headers.location}/confirm`)
      .type('form')
      .send({ _csrf: csrfFrom(preview.text) });
    expect(confirm.status).toBe(302);
    expect(await db.current.prisma.staffYearRecord.count()).toBe(200);
    expect(await db.current.prisma.awardRecord.count()).toBe(204);
    const again = await upload(file, 'qua-trinh.xlsx');
    const second = await secretary.get(again.headers.location!);
    expect(second.text).toMatch(/<td>Hồ sơ năm học<\/td><td>200<\/td><td>0<\/td><td>0<\/td><td>200<\/td>/);
    expect(second.text).toContain('Không có thay đổi nào');
  });

  it('the eligibility export names the exact missing fact', async () => {
    const csv = (await secretary.get('/eligibility/2024/export.csv')).text;
    const t001 = csv.split('\r\n').filter((l) => l.startsWith('T001,'));
    const cstdTp = t001.find((l) => l.includes(',CSTĐ TP,') || l.includes('CSTĐ Thành phố'))!;
    expect(cstdTp).toContain('Không đủ điều kiện');
    expect(cstdTp).toContain('CSTĐCS năm học 2023-2024');
    const ldtt = csv.split('\r\n').find((l) => l.startsWith('T002,') && l.includes('Đủ điều kiện LĐTT năm học 2024-2025'));
    expect(ldtt).toBeTruthy();
  });

  it('the command line runs the same import: --dry-run counts without writing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-history-'));
    const csvFile = path.join(dir, 'qua-trinh.csv');
    writeFileSync(
      csvFile,
      '\uFEFFLoại bản ghi,Mã cán bộ,Năm học,Xếp loại,Số tháng công tác,Số ngày nghỉ,Số ngày nghỉ thai sản,Tổ\r\nHồ sơ năm học,T001,2025-2026,HTXSNV,12,0,0,Tổ khối 1\r\n',
    );
    const root = path.resolve(import.meta.dirname, '../..');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/historyImport.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: db.current.url },
      });
    const dry = run([csvFile, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('staffYears: 1 mới, 0 cập nhật, 0 không đổi');
    expect(dry.stdout).toContain('Chạy thử');
    const bad = path.join(dir, 'sai.csv');
    writeFileSync(bad, 'Loại bản ghi,Mã cán bộ,Năm học,Xếp loại\r\nHồ sơ năm học,KHONGCO,2025-2026,HTXSNV\r\n');
    const failed = run([bad]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Không có cán bộ mã “KHONGCO” trong danh bạ.');
    const real = run([csvFile]);
    expect(real.status).toBe(0);
  });

  it('npm run eligibility prints the same report as CSV or JSON from the same database', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eligibility.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: db.current.url },
      });
    const json = run(['--year', '2024-2025', '--format', 'json']);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as {
      ruleSet: string;
      rows: Array<{ code: string; title: string; verdict: string; failedCriteria: string; authority: string }>;
    };
    expect(report.ruleSet).toBe('Luật 2022 + NĐ 98/2023');
    const t001 = report.rows.find((r) => r.code === 'T001' && r.title.startsWith('CSTĐ T'))!;
    expect(t001.verdict).toBe('not_eligible');
    expect(t001.failedCriteria).toContain('CSTĐCS năm học 2023-2024');
    const csv = run(['--year', '2024-2025', '--date', '2025-08-01']);
    // The writer quotes every cell holding ";" (Excel in a ";" locale would split it otherwise).
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'Mã,Họ và tên / Tập thể,Tổ,Danh hiệu,Kết quả,Tiêu chí chưa đạt,Giải thích,Căn cứ pháp lý,"Thẩm quyền quyết định; nơi nhận hồ sơ",' +
        'Chưa xác định (thiếu dữ liệu),Đạt theo tiêu chí',
    );
    // On 01/08/2025 NĐ 152 is in force: the ward decides; on the default 31/05/2025 the district did.
    expect(csv.stdout).toContain('Chủ tịch UBND phường');
    expect(csv.stdout).not.toContain('Chủ tịch UBND quận');
    expect(json.stdout).toContain('Chủ tịch UBND quận');
    expect(run(['--year', 'abc']).status).toBe(2);
    // The command line shares the forms' date parser: 31/02 is impossible, year 0099 is outside the bounds.
    const impossible = run(['--year', '2024-2025', '--date', '31/02/2025']);
    expect(impossible.status).toBe(2);
    expect(impossible.stderr).toContain('Ngày này không có trên lịch');
    const ancient = run(['--year', '2024-2025', '--date', '0099-06-15']);
    expect(ancient.status).toBe(2);
    expect(ancient.stderr).toContain('Năm phải từ 1900 đến 2200');
  });
});
