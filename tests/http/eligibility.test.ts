// Eligibility over HTTP: report with explanations and legal basis, exports, rule changes (audited, effective from
// a date, never altering frozen results), the ratio cap line, and personal records with the forecast.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildHistorySchool } from '../support/historySchool.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
const agents: Record<string, TestAgent> = {};
const binary = (req: ReturnType<TestAgent['get']>) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const staffId = (code: string) => db.current.prisma.staff.findFirstOrThrow({ where: { code } }).then((s) => s.id);

beforeAll(async () => {
  const { usernames } = await buildHistorySchool(db.current.prisma);
  const app = buildTestApp(db.current, clock).app;
  for (const u of ['admin', 'chutich', 'thuky', 'giaovien', 'uyvien']) {
    agents[u] = agentFor(app);
    await loginAs(agents[u], usernames[u]!, TEST_PASSWORD);
  }
});

describe('eligibility report', () => {
  it('lists every staff member and collective × title with the verdict, the missing fact and the legal basis', async () => {
    const res = await agents.thuky!.get('/eligibility/2025?q=Hoàng Thị Mai');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Luật 2022 + NĐ 152/2025');
    // Abbreviations carry their expansion (<abbr title>): read the text, not the markup.
    expect(res.text.replace(/<[^>]+>/g, '')).toMatch(/Thiếu danh hiệu CSTĐCS năm học 2023-2024/);
    expect(res.text).toContain('Luật Thi đua, khen thưởng');
  });

  it('exports CSV and XLSX with the documented columns', async () => {
    const csv = await agents.thuky!.get('/eligibility/2024/export.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFFMã,Họ và tên / Tập thể,Tổ,Danh hiệu,Kết quả,Tiêu chí chưa đạt,Giải thích,Căn cứ pháp lý')).toBe(true);
    expect(csv.text).toContain('Đủ điều kiện CSTĐCS năm học 2024-2025');
    const xlsx = await binary(agents.thuky!.get('/eligibility/2024/export.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(1).value).toBe('Mã');
    expect(ws.rowCount).toBeGreaterThan(40 * 4);
  });

  it('is not visible to a teacher (403)', async () => {
    expect((await agents.giaovien!.get('/eligibility/2025').set('Accept', 'text/html')).status).toBe(403);
  });
});

describe('rule parameters', () => {
  it('an admin change is audited, applies from its date, shows the ratio cap line, and never alters frozen results', async () => {
    const before2024 = (await agents.thuky!.get('/eligibility/2024/export.csv')).text;
    const before2025 = (await agents.thuky!.get('/eligibility/2025/export.csv')).text;
    const page = await agents.chutich!.get('/eligibility/2024');
    const frozen = await agents
      .chutich!.post('/eligibility/2024/freeze')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), decisionRef: 'Biên bản họp HĐTĐKT ngày 25/5/2025' });
    expect(frozen.status).toBe(302);
    const again = await agents
      .chutich!.post('/eligibility/2024/freeze')
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: csrfFrom(page.text), decisionRef: 'Lần hai' });
    expect(again.status).toBe(409);

    const rules = await agents.admin!.get('/rules');
    expect(rules.text).toContain('cstdcs.capPctOfLdtt');
    const token = csrfFrom(rules.text);
    const bad = await agents
      .admin!.post('/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt')
      .type('form')
      .send({ _csrf: token, value: '150', effectiveFrom: '01/01/2024', reason: 'Thử' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Tỉ lệ phải từ 0 đến 100.');
    // A change that alters verdicts: at most 5 leave days for LĐTT (the staff take 0–11 days), in both rule sets.
    for (const ruleSetId of ['luat2022-nd98-2023', 'luat2022-nd152-2025']) {
      for (const [key, value] of [
        ['cstdcs.capPctOfLdtt', '15'],
        ['ldtt.maxLeaveDays', '5'],
      ] as const) {
        const ok = await agents
          .admin!.post(`/rules/${ruleSetId}/parameters/${key}`)
          .type('form')
          .send({ _csrf: token, value, effectiveFrom: '01/01/2024', reason: 'Quy chế thi đua của trường' });
        expect(ok.status).toBe(302);
      }
    }
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'rules.parameter.change' } })).toBe(4);

    const after2025 = (await agents.thuky!.get('/eligibility/2025/export.csv')).text;
    expect(after2025).not.toBe(before2025); // the unfrozen year follows the new parameters…
    expect(after2025).toMatch(/Nghỉ \d+ ngày, quá 5 ngày/);
    expect((await agents.thuky!.get('/eligibility/2025')).text).toMatch(/CSTĐCS: \d+ đủ điều kiện, tối đa \d+ theo tỉ lệ 15% của \d+ LĐTT/);
    const after2024 = (await agents.thuky!.get('/eligibility/2024/export.csv')).text;
    expect(after2024).toBe(before2024); // …the frozen one does not
    expect((await agents.thuky!.get('/eligibility/2024')).text).toContain('Biên bản họp HĐTĐKT ngày 25/5/2025');
  });
});

describe('personal record', () => {
  it("shows a teacher her own timeline and forecast, and hides others' records from her", async () => {
    const mine = await agents.giaovien!.get('/records/me').redirects(1);
    expect(mine.status).toBe(200);
    expect(mine.text).toContain('Hồ sơ thi đua: Hoàng Thị Mai');
    expect(mine.text).toContain('Năm học 2024-2025');
    expect(mine.text).toContain('Lao động tiên tiến');
    expect(mine.text).toMatch(/CSTĐCS năm học 2026-2027/);
    expect((await agents.giaovien!.get(`/records/staff/${await staffId('GV004')}`)).status).toBe(404);
  });

  it('shows the council the record of a teacher with a City-level initiative and her reachable titles', async () => {
    const res = await agents.thuky!.get(`/records/staff/${await staffId('GV004')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Chiến sĩ thi đua cơ sở');
    expect(res.text).toContain('cấp Thành phố');
  });
});

describe('collective record', () => {
  it("shows a collective's years and this year's collective titles to the council and to its leader, not to a member", async () => {
    const k1 = await db.current.prisma.collective.findFirstOrThrow({ where: { name: 'Tổ khối 1' } });
    const council = await agents.thuky!.get(`/records/collectives/${k1.id}`);
    expect(council.status).toBe(200);
    expect(council.text).toContain('Hồ sơ thi đua: Tổ khối 1');
    expect(council.text).toContain('Năm học 2024-2025');
    expect(council.text).toContain('Hoàng Thị Mai');
    expect(council.text).toMatch(/TTLĐTT|Tập thể lao động tiên tiến/);
    expect((await agents.uyvien!.get(`/records/collectives/${k1.id}`)).status).toBe(200); // Phạm Thị Lan leads it
    expect((await agents.giaovien!.get(`/records/collectives/${k1.id}`)).status).toBe(404);
  });
});
