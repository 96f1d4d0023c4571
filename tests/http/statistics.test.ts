// Issue 15 §2: the statistics of a year equal counts computed directly in SQL; the charts are inline SVG.
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
  }
  const other = await buildSchool(prisma, { years: [2025] }); // another school's awards never count
  const { staff } = await buildPerson(prisma, other.school.id);
  await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'LDTT' });
});

const cell = (html: string, year: number, stat: string) => {
  const row = new RegExp(`statistics\\?year=${year}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
  return Number(new RegExp(`data-stat="${stat}">(\\d+)<`).exec(row)?.[1]);
};

describe('statistics, as the chair', () => {
  it('the figures of 2025-2026 equal counts computed directly in SQL', async () => {
    const res = await chair.get('/statistics?year=2025');
    expect(res.status).toBe(200);
    const [sql] = await db.current.prisma.$queryRaw<Array<{ staff: number; ldtt: number; cstdcs: number }>>`
      SELECT (SELECT count(*)::int FROM "StaffYearRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = 2025) AS staff,
             (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = 2025 AND code = 'LDTT') AS ldtt,
             (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = 2025 AND code = 'CSTDCS') AS cstdcs`;
    expect(sql).toEqual({ staff: 7, ldtt: 5, cstdcs: 2 });
    expect(cell(res.text, 2025, 'staff')).toBe(sql!.staff);
    expect(cell(res.text, 2025, 'ldtt')).toBe(sql!.ldtt);
    expect(cell(res.text, 2025, 'cstdcs')).toBe(sql!.cstdcs);
    expect(cell(res.text, 2024, 'ldtt')).toBe(3);
    expect(res.text).toContain('71,4%'); // 5 of 7
    expect(res.text).toMatch(/data-award="LDTT">5</);
    expect(res.text).toContain('<svg class="chart"');
    expect(res.text).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('is refused to a teacher', async () => {
    expect((await teacher.get('/statistics')).status).toBe(403);
  });
});
