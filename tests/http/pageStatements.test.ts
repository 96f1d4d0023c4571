// Each main page costs the same number of SQL statements with 10 rows as with 1,000 (issue 16: flat as the data
// grows), and a second view of it writes no session row.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
let chair: ReturnType<typeof agentFor>;
let schoolId: string;
let yearId: string;
let recordPath: string;

const PAGES = () => ['/', '/registrations', '/eligibility/2025', recordPath, '/staff', '/nominations', '/initiatives', '/audit'];

/** `count` staff with their 2025 record, 2026 registration and nomination, an initiative and an audit event each. */
async function addRows(prisma: PrismaClient, from: number, count: number) {
  const staff = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return { id: randomUUID(), schoolId, code: `P${String(i).padStart(4, '0')}`, fullName: `Giáo viên ${i}`, searchName: `giao vien ${i}` };
  });
  await prisma.staff.createMany({
    data: staff.map((s) => ({ ...s, gender: 'female' as const, position: 'Giáo viên', contractType: 'civil_servant' as const })),
  });
  await prisma.staffYearRecord.createMany({
    data: staff.map((s) => ({ schoolId, staffId: s.id, startYear: 2025, rating: 'HTXSNV' as const, monthsWorked: 12 })),
  });
  await prisma.registration.createMany({
    data: staff.map((s) => ({ schoolId, schoolYearId: yearId, subject: 'staff' as const, staffId: s.id, status: 'submitted' as const })),
  });
  const verdict = { status: 'eligible', summary: '', reasons: [], ruleSetId: null };
  await prisma.nomination.createMany({
    data: staff.map((s) => ({ schoolId, schoolYearId: yearId, staffId: s.id, code: 'LDTT', verdict, verdictStatus: 'eligible' })),
  });
  await prisma.initiativeRecord.createMany({
    data: staff.map((s) => ({
      schoolId,
      startYear: 2026,
      title: `Sáng kiến của ${s.fullName}`,
      level: 'co_so',
      source: 'submission',
      status: 'submitted' as const,
      schoolYearId: yearId,
    })),
  });
  await prisma.auditEvent.createMany({ data: staff.map((s) => ({ schoolId, action: 'staff.create', subject: 'Staff', subjectId: s.id })) });
  return staff;
}

/** Statements of the second GET of each page (the first may fill a cache), and whether any wrote the session. */
async function measure() {
  const out: Record<string, number> = {};
  const sessionWrites: string[] = [];
  for (const path of PAGES()) {
    expect((await chair.get(path)).status, path).toBe(200);
    sql.start();
    const res = await chair.get(path);
    sql.stop();
    expect(res.status, path).toBe(200);
    out[path] = sql.statements.length;
    sessionWrites.push(...sql.statements.filter((s) => /^\s*(insert|update)\b[^;]*"?session"?/i.test(s)).map((s) => `${path}: ${s}`));
  }
  return { out, sessionWrites };
}

let small: Awaited<ReturnType<typeof measure>>;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
  const { user } = await buildPerson(prisma, schoolId, { role: 'chair', schoolYearId: yearId, isAdmin: true });
  const [first] = await addRows(prisma, 0, 10);
  recordPath = `/records/staff/${first!.id}`;
  chair = agentFor(buildTestApp(db.current).app);
  await loginAs(chair, user.username, TEST_PASSWORD);
  small = await measure();
});

describe('main pages as the data grows', () => {
  it('cost the same number of statements with 10 and with 1,000 rows', async () => {
    await addRows(db.current.prisma, 10, 990);
    const large = await measure();
    expect(large.out).toEqual(small.out);
  });

  it('write no session row on a second view', () => {
    expect(small.sessionWrites).toEqual([]);
  });
});
