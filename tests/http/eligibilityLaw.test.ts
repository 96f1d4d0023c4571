// Issue 11 over HTTP, on factory data: maternity days loaded from the database count as months worked, and the
// ratio-cap line travels with the CSV and XLSX exports.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildRuleParameterOverride, buildSchool, buildStaff, buildUser } from '../support/factories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let agent: TestAgent;
const Y = 2025;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [Y] });
  // Five HTXSNV teachers (LĐTT and CSTĐCS), one of them back from 120 days of maternity leave after 8 months.
  for (let i = 0; i < 5; i++) {
    const s = await buildStaff(prisma, school.id, { code: `GV${i}`, fullName: `Giáo viên ${i}` });
    await prisma.staffYearRecord.create({
      data: {
        schoolId: school.id,
        staffId: s.id,
        startYear: Y,
        rating: 'HTXSNV',
        monthsWorked: i === 0 ? 8 : 12,
        leaveDays: 0,
        maternityLeaveDays: i === 0 ? 120 : 0,
      },
    });
  }
  await buildRuleParameterOverride(prisma, { schoolId: school.id, key: 'cstdcs.capPctOfLdtt', value: 40, effectiveFrom: '2024-01-01' });
  const admin = await buildUser(prisma, school.id, { isAdmin: true });
  agent = agentFor(buildTestApp(db.current, clock).app);
  await loginAs(agent, admin.username, TEST_PASSWORD);
});

const binary = (req: ReturnType<TestAgent['get']>) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

const CAP = 'CSTĐCS: 5 đủ điều kiện, tối đa 2 theo tỉ lệ 40% của 5 LĐTT';

describe('eligibility report, issue 11', () => {
  it('counts 120 maternity days recorded in the database as 4 months: 8 + 4 → LĐTT eligible, explained', async () => {
    const csv = (await agent.get(`/eligibility/${Y}/export.csv`)).text;
    const line = csv.split('\r\n').find((l) => l.startsWith('GV0,') && l.includes(',LĐTT,'));
    expect(line).toContain('Đủ điều kiện');
    expect(line).not.toContain('Không đủ điều kiện');
  });

  it('CSV and XLSX carry the ratio-cap line', async () => {
    const csv = (await agent.get(`/eligibility/${Y}/export.csv`)).text;
    expect(csv).toContain(`Ghi chú,"${CAP}"`);
    const xlsx = await binary(agent.get(`/eligibility/${Y}/export.xlsx`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe(CAP);
    expect(wb.worksheets[0]!.getRow(3).getCell(1).value).toBe('Mã');
  });
});

describe('record coverage and the draft comparison, issue 11', () => {
  it('an admin declares complete years on the coverage page (audited) and the report says which years are covered', async () => {
    const page = await agent.get('/history/coverage');
    expect(page.status).toBe(200);
    const { csrfFrom } = await import('../support/testApp.ts');
    const saved = await agent
      .post('/history/coverage')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), [`titles:${Y}`]: '1', [`ratings:${Y}`]: '1', 'bogus:2025': '1', [`titles:1999`]: '1' });
    expect(saved.status).toBe(302);
    const rows = await db.current.prisma.recordCoverage.findMany({ orderBy: { kind: 'asc' } });
    expect(rows.map((r) => `${r.kind}:${r.startYear}`)).toEqual([`ratings:${Y}`, `titles:${Y}`]);
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'records.coverage.declare' } })).toBe(1);
    const report = await agent.get(`/eligibility/${Y}`);
    expect(report.text).toContain(`Xếp loại ${Y}-${Y + 1}`);
    expect(report.text).toContain('<dt>[V]</dt><dd>Đã xác minh');
  });

  it('the comparison page lists exactly the people whose verdicts differ between rule set 2 and the draft', async () => {
    const res = await agent.get(`/rules/compare?a=luat2022-nd152-2025&b=du-thao-luat-sua-doi-2025&year=${Y}`);
    expect(res.status).toBe(200);
    // Every teacher is HTXSNV without an initiative: all five lose CSTĐCS under the draft, nobody else differs.
    const codes = [...res.text.matchAll(/<tr data-code="([^"]+)">/g)].map((m) => m[1]);
    expect([...new Set(codes)].sort()).toEqual(['GV0', 'GV1', 'GV2', 'GV3', 'GV4']);
    expect(res.text).toContain('Không có sáng kiến cấp cơ sở trở lên năm học 2025-2026');
  });
});
