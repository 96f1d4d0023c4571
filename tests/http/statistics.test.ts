// Issue 15 §2: the statistics of a year equal counts computed directly in SQL (titles, commendations by level, the
// front-line share, the change from the year before); the charts are inline SVG with a title and a description; the
// XLSX export holds the same figures; the print view has no navigation.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildAwardRecord, buildPerson, buildSchool, buildStaffYearRecord } from '../support/factories.ts';
import { signedInPerson } from '../support/workflowFactories.ts';
import { buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let chair: TestAgent;
let teacher: TestAgent;
let schoolId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current);
  const { school, yearOf } = await buildSchool(prisma, { years: [2024, 2025, 2026] });
  schoolId = school.id;
  chair = (await signedInPerson(app, prisma, schoolId, { role: 'chair', schoolYearId: yearOf(2026).id })).agent;
  teacher = (await signedInPerson(app, prisma, schoolId)).agent;
  for (let i = 0; i < 7; i++) {
    const { staff } = await buildPerson(prisma, schoolId);
    await buildStaffYearRecord(prisma, { staffId: staff.id, startYear: 2025 });
    if (i < 5) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'LDTT' });
    if (i < 2) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'CSTDCS' });
    if (i < 3) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2024, code: 'LDTT' });
    if (i === 5)
      await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'GIAY_KHEN', issuer: 'Hiệu trưởng Trường Tiểu học Lý Thường Kiệt' });
    if (i === 6) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'GIAY_KHEN', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo' });
  }
  // The principal and a vice principal are commended too: leaders, so outside the front-line share.
  for (const position of ['Hiệu trưởng', 'Phó Hiệu trưởng']) {
    const { staff } = await buildPerson(prisma, schoolId);
    await prisma.staff.update({ where: { id: staff.id }, data: { position } });
    await buildStaffYearRecord(prisma, { staffId: staff.id, startYear: 2025 });
    await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'BK_UBND_TP', issuer: 'Chủ tịch UBND Thành phố Hà Nội' });
  }
  const { staff: pmAwarded } = await buildPerson(prisma, schoolId);
  await buildAwardRecord(prisma, { staffId: pmAwarded.id, startYear: 2025, code: 'BK_TTG', issuer: 'Thủ tướng Chính phủ' });
  const other = await buildSchool(prisma, { years: [2025] }); // another school's awards never count
  const { staff } = await buildPerson(prisma, other.school.id);
  await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'LDTT' });
});

const cell = (html: string, year: number, stat: string) => {
  const row = new RegExp(`statistics\\?year=${year}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
  return Number(new RegExp(`data-stat="${stat}">(\\d+)<`).exec(row)?.[1]);
};
const trendCell = (html: string, year: number, stat: string) => {
  const row = new RegExp(`data-trend-year="${year}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
  return new RegExp(`data-stat="${stat}">([^<]*)<`).exec(row)?.[1];
};
const level = (html: string, kind: 'titles' | 'forms', name: string) => Number(new RegExp(`data-level-${kind}="${name}">(\\d+)<`).exec(html)?.[1]);

/** Counts computed in SQL alone, independent of the app's queries and presenter. */
async function sqlFigures(year: number) {
  const [row] = await db.current.prisma.$queryRaw<
    Array<{ staff: number; ldtt: number; cstdcs: number; commended: number; frontLine: number; city: number; government: number; giayKhen: number }>
  >`
    SELECT (SELECT count(*)::int FROM "StaffYearRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year}) AS staff,
           (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year} AND code = 'LDTT') AS ldtt,
           (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year} AND code = 'CSTDCS') AS cstdcs,
           (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year}) AS commended,
           (SELECT count(DISTINCT a."staffId")::int FROM "AwardRecord" a JOIN "Staff" s ON s.id = a."staffId"
              WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = ${year} AND s.position NOT IN ('Hiệu trưởng', 'Phó Hiệu trưởng')) AS "frontLine",
           (SELECT count(*)::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year} AND code = 'BK_UBND_TP') AS city,
           (SELECT count(*)::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year} AND code = 'BK_TTG') AS government,
           (SELECT count(*)::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = ${year} AND code = 'GIAY_KHEN') AS "giayKhen"`;
  return row!;
}

describe('statistics, as the chair', () => {
  it('the figures of 2025-2026 equal counts computed directly in SQL', async () => {
    const res = await chair.get('/statistics?year=2025');
    expect(res.status).toBe(200);
    const sql = await sqlFigures(2025);
    expect(sql).toMatchObject({ staff: 9, ldtt: 5, cstdcs: 2 });
    expect(cell(res.text, 2025, 'staff')).toBe(sql.staff);
    expect(cell(res.text, 2025, 'ldtt')).toBe(sql.ldtt);
    expect(cell(res.text, 2025, 'cstdcs')).toBe(sql.cstdcs);
    expect(cell(res.text, 2024, 'ldtt')).toBe(3);
    expect(res.text).toContain('55,6%'); // 5 of 9
    expect(res.text).toMatch(/data-award="LDTT">5</);
    expect(res.text).toContain('<svg class="chart"');
    expect(res.text).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('counts commendations by the level of the deciding authority, as SQL does by code', async () => {
    const res = await chair.get('/statistics?year=2025');
    const sql = await sqlFigures(2025);
    expect(level(res.text, 'forms', 'city')).toBe(sql.city);
    expect(level(res.text, 'forms', 'government')).toBe(sql.government);
    // The two Giấy khen: one of the principal (school level), one of the minister (ministry level).
    expect(level(res.text, 'forms', 'school') + level(res.text, 'forms', 'ministry')).toBe(sql.giayKhen);
    expect(level(res.text, 'forms', 'school')).toBe(1);
    expect(level(res.text, 'forms', 'ministry')).toBe(1);
    // LĐTT and CSTĐCS decided by "UBND phường": titles at the ward level.
    expect(level(res.text, 'titles', 'local')).toBe(sql.ldtt + sql.cstdcs);
    expect(res.text).toContain('Cấp Thành phố (UBND Thành phố, Sở)');
  });

  it('shows the share of front-line staff among those commended, defined on the page, equal to SQL', async () => {
    const res = await chair.get('/statistics?year=2025');
    const sql = await sqlFigures(2025);
    expect(sql).toMatchObject({ commended: 10, frontLine: 8 });
    expect(trendCell(res.text, 2025, 'commended')).toBe(String(sql.commended));
    expect(trendCell(res.text, 2025, 'frontLine')).toBe(String(sql.frontLine));
    expect(trendCell(res.text, 2025, 'frontLineRate')).toBe('80,0%');
    expect(res.text).toContain('không giữ chức vụ quản lý (không phải Hiệu trưởng, Phó Hiệu trưởng)');
    expect(res.text).toMatch(/data-year-frontline>8</);
  });

  it('gives the change from the year before and a line chart of the rates across years', async () => {
    const res = await chair.get('/statistics?year=2025');
    expect(trendCell(res.text, 2024, 'ldttChange')).toBe(''); // the first year has nothing to compare with
    expect(trendCell(res.text, 2025, 'ldttChange')).toBe('+2'); // 3 → 5
    expect(trendCell(res.text, 2025, 'cstdcsChange')).toBe('+2'); // 0 → 2
    expect(trendCell(res.text, 2025, 'frontLinePoints')).toBe('−20,0'); // 100% → 80%
    expect(res.text).toMatch(/<polyline points="[\d, ]+"/);
    // Every chart is named for assistive technology: a title and a description, referenced by aria-labelledby.
    const charts = res.text.match(/<svg class="chart"[^>]*>/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-labelledby="(ch-[a-z]+)-t \1-d"/);
    expect(res.text).toMatch(/<title id="ch-trend-t">/);
    expect(res.text).toMatch(/<desc id="ch-levels-d">/);
  });

  it('exports the same figures as an Excel workbook', async () => {
    const res = await chair
      .get('/statistics/export.xlsx?year=2025')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('thong-ke-thi-dua-2025-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const years = wb.getWorksheet('Qua các năm học')!;
    const sql = await sqlFigures(2025);
    const row = years.getSheetValues().find((r) => Array.isArray(r) && r[1] === '2025-2026') as ExcelJS.CellValue[];
    expect(row.slice(1, 12)).toEqual(['2025-2026', sql.staff, sql.ldtt, '55,6%', sql.cstdcs, '22,2%', 0, 0, sql.commended, sql.frontLine, '80,0%']);
    const levels = wb.getWorksheet('Theo cấp')!;
    const city = levels.getSheetValues().find((r) => Array.isArray(r) && typeof r[1] === 'string' && r[1].startsWith('Cấp Thành phố')) as ExcelJS.CellValue[];
    expect(city.slice(2, 5)).toEqual([0, sql.city, sql.city]);
    expect(wb.getWorksheet('Năm học 2025-2026')).toBeDefined();
  });

  it('has a print view with the charts and tables and no navigation', async () => {
    const res = await chair.get('/statistics/print?year=2025');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('class="main-nav"');
    expect(res.text).not.toContain('site-header');
    expect(res.text).toContain('/css/print-view.css');
    expect(res.text).toContain('<svg class="chart"');
    expect(res.text).toMatch(/data-level-forms="city">2</);
    expect(res.text).toContain('<h1>');
    expect((await chair.get('/statistics')).text).toContain('href="/statistics/print?year=2025"');
  });

  it('is refused to a teacher, with its export and print view', async () => {
    expect((await teacher.get('/statistics')).status).toBe(403);
    expect((await teacher.get('/statistics/export.xlsx')).status).toBe(403);
    expect((await teacher.get('/statistics/print')).status).toBe(403);
  });
});
