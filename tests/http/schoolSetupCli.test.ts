// Issue 11 §8 acceptance: a school's past loaded from the command line alone. Into an empty database holding only
// the school and its administrator (as `npm run admin:create` makes them), `npm run staff:import` then
// `npm run history:import` load the import guide's worked example (docs/examples/), run as child processes against
// the test database; the eligibility of the example's people comes out as docs/import-guide.md says.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eligibilityRows } from '../../src/features/eligibility/eligibility.presenter.ts';
import { evaluateYear } from '../../src/features/records/evaluateYear.ts';
import { createAdmin } from '../../src/features/users/createAdmin.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const root = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => path.join(root, 'docs/examples', name);
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DATABASE_URL: db.current.url },
  });

/** The guide's table of expected verdicts: rows "| code | title | verdict | why |" between the two markers. */
function expectedFromGuide(): Array<{ code: string; title: string; verdict: string; why: string }> {
  const guide = readFileSync(path.join(root, 'docs/import-guide.md'), 'utf8');
  const block = guide.split('<!-- ket-qua-mong-doi -->')[1]!.split('<!-- /ket-qua-mong-doi -->')[0]!;
  return block
    .split('\n')
    .filter((l) => /^\|\s*[A-Z]{2}\d{3}\s*\|/.test(l))
    .map((l) => {
      const [code, title, verdict, why] = l
        .split('|')
        .slice(1, 5)
        .map((c) => c.trim());
      return { code: code!, title: title!, verdict: verdict!, why: why! };
    });
}

const VERDICT = { eligible: 'Đủ điều kiện', not_eligible: 'Không đủ điều kiện', missing_data: 'Thiếu dữ liệu' } as const;

describe('setting up a school for history without the browser', () => {
  beforeAll(async () => {
    const prisma = db.current.prisma;
    expect(await prisma.school.count()).toBe(0); // an empty database
    await createAdmin(prisma, { username: 'quantri', passwordHash: 'not-used-in-this-test', schoolName: 'Trường THCS Ví Dụ' }, new Date());
  });

  it('staff:import --dry-run prints every row and writes nothing; a bad file names each bad cell in Vietnamese', () => {
    const dry = run('staffImport', [example('can-bo.xlsx'), '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('dòng 2  Tổ Toán - Tin — mới');
    expect(dry.stdout).toContain('dòng 2  GV001 Nguyễn Thị Minh Anh (Tổ Toán - Tin) — mới');
    expect(dry.stdout).toContain('Tổ: 2 mới, 0 cập nhật, 0 không đổi, 0 lỗi; Cán bộ: 3 mới, 0 cập nhật, 0 không đổi, 0 lỗi');
    expect(dry.stdout).toContain('Chạy thử: chưa ghi dữ liệu nào.');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-staff-'));
    const bad = path.join(dir, 'sai.csv');
    writeFileSync(
      bad,
      '\uFEFFMã cán bộ,Họ và tên,Giới tính,Chức vụ,Tổ,Loại hợp đồng\r\nGV009,Phạm Văn Dũng,Nam,Giáo viên,Tổ Lý,Viên chức\r\nGV010,Hà Thị Em,X,Giáo viên,,Viên chức\r\n',
    );
    const failed = run('staffImport', [bad]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Cán bộ (CSV), dòng 2, cột “Tổ”: Không có tổ “Tổ Lý” trong danh bạ của trường.');
    expect(failed.stderr).toContain('Cán bộ (CSV), dòng 3, cột “Giới tính”: Giới tính phải là Nam hoặc Nữ (đang là “X”).');
    expect(failed.stderr).toContain('2 lỗi: chưa ghi dữ liệu nào.');
  });

  it('staff:import creates the collectives, their members and leader in one audited run', async () => {
    const prisma = db.current.prisma;
    expect(await prisma.staff.count()).toBe(0);
    const real = run('staffImport', [example('can-bo.xlsx')]);
    expect(real.status, real.stderr).toBe(0);
    const maths = await prisma.collective.findFirstOrThrow({ where: { name: 'Tổ Toán - Tin' }, include: { members: true, leader: true } });
    expect(maths.kind).toBe('grade_group');
    expect(maths.leader?.code).toBe('GV001');
    expect(maths.members.map((m) => m.code).sort()).toEqual(['GV001', 'GV002']);
    expect((await prisma.collective.findFirstOrThrow({ where: { name: 'Tổ Văn phòng' } })).kind).toBe('office');
    expect(await prisma.auditEvent.count({ where: { action: 'staff.import.create' } })).toBe(3);
    expect(await prisma.auditEvent.count({ where: { action: 'collective.import.create' } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: 'import.apply' } })).toBe(1);
  });

  it('history:import --dry-run shows the declared complete years; the real run writes them, the years and the records', async () => {
    const prisma = db.current.prisma;
    const dry = run('historyImport', [example('qua-trinh.xlsx'), '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Năm học đã đủ dữ liệu 2021-2022: Kỷ luật');
    expect(dry.stdout).toContain('Năm học đã đủ dữ liệu 2024-2025: Xếp loại, Danh hiệu, khen thưởng, Sáng kiến, Đề tài');
    expect(dry.stdout).toContain('schoolYears: 4 mới');
    expect(await prisma.recordCoverage.count()).toBe(0);
    expect(await prisma.schoolYear.count()).toBe(1); // only the current year admin:create opened

    const real = run('historyImport', [example('qua-trinh.xlsx')]);
    expect(real.status, real.stderr).toBe(0);
    expect((await prisma.schoolYear.findMany({ select: { startYear: true }, orderBy: { startYear: 'asc' } })).map((y) => y.startYear)).toEqual([
      2021,
      2022,
      2023,
      2024,
      new Date().getUTCFullYear() - (new Date().getUTCMonth() < 8 ? 1 : 0),
    ]);
    const coverage = await prisma.recordCoverage.findMany({ where: { startYear: 2024 }, select: { kind: true, source: true } });
    expect(coverage.map((c) => c.kind).sort()).toEqual(['initiatives', 'ratings', 'research', 'titles']);
    expect(coverage.every((c) => c.source === 'import')).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: 'records.coverage.declare' } })).toBe(1);
    expect(await prisma.staffYearRecord.count()).toBe(4);
  });

  it('the eligibility of the worked example comes out as the import guide says', async () => {
    const school = await db.current.prisma.school.findFirstOrThrow();
    const rows = eligibilityRows(await evaluateYear(db.current.prisma, school.id, 2024));
    const expected = expectedFromGuide();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    for (const e of expected) {
      const row = rows.find((r) => r.code === e.code && r.title === e.title);
      expect(row, `${e.code} ${e.title}`).toBeTruthy();
      expect(VERDICT[row!.verdict], `${e.code} ${e.title}`).toBe(e.verdict);
      expect(`${row!.failedCriteria} ${row!.unknownCriteria} ${row!.metCriteria}`, `${e.code} ${e.title}`).toContain(e.why);
    }
  });
});
