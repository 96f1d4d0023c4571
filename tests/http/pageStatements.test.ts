// Each main page, for each role that has it, costs the same number of SQL statements with 10 rows as with 1,000
// (issue 16: flat as the data grows), its second view writes no session row, and the paged lists show one page.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
type Agent = ReturnType<typeof agentFor>;
const agents: Record<'chair' | 'secretary' | 'leader' | 'teacher', Agent> = {} as never;
let schoolId: string;
let yearId: string;
let groupId: string;
let recordPath: string;
let ownRecordPath: string;

/** Every main page of issue 16, by the role that opens it (home and registrations for each kind of account). */
const PAGES = (): Array<[keyof typeof agents, string]> => [
  ['chair', '/'],
  ['secretary', '/'],
  ['leader', '/'],
  ['teacher', '/'],
  ['chair', '/registrations'],
  ['leader', '/registrations'],
  ['teacher', '/registrations'],
  ['chair', '/registrations/review'],
  ['chair', '/eligibility/2025'],
  ['chair', recordPath],
  ['teacher', ownRecordPath],
  ['chair', '/staff'],
  ['secretary', '/nominations'],
  ['chair', '/initiatives'],
  ['teacher', '/initiatives'],
  ['chair', '/statistics'],
  ['chair', '/audit'],
];

/** Lists that are paged: with 1,000 rows each shows one page (at most this many table rows), not every row. */
const PAGED = ['/staff', '/eligibility/2025', '/initiatives', '/audit', '/nominations'];
const MAX_ROWS_ON_A_PAGE = 60;

/** `count` staff with their 2025 record, 2026 registration and nomination, an initiative and an audit event each. */
async function addRows(prisma: PrismaClient, from: number, count: number) {
  const staff = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      id: randomUUID(),
      schoolId,
      collectiveId: groupId,
      code: `P${String(i).padStart(4, '0')}`,
      fullName: `Giáo viên ${i}`,
      searchName: `giao vien ${i}`,
    };
  });
  await prisma.staff.createMany({
    data: staff.map((s) => ({ ...s, gender: 'female' as const, position: 'Giáo viên', contractType: 'civil_servant' as const })),
  });
  await prisma.staffYearRecord.createMany({
    data: staff.map((s) => ({ schoolId, staffId: s.id, startYear: 2025, rating: 'HTXSNV' as const, monthsWorked: 12, collectiveId: groupId })),
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

/** Statements of the second GET of each page (the first may fill a cache), whether any wrote the session, rows shown. */
async function measure() {
  const out: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const sessionWrites: string[] = [];
  for (const [role, path] of PAGES()) {
    const key = `${role} ${path}`;
    expect((await agents[role].get(path)).status, key).toBe(200);
    sql.start();
    const res = await agents[role].get(path);
    sql.stop();
    expect(res.status, key).toBe(200);
    out[key] = sql.statements.length;
    rows[key] = (res.text.match(/<tr[\s>]|<li id="n-/g) ?? []).length; // table rows, or the nomination list's items
    sessionWrites.push(...sql.statements.filter((s) => /^\s*(insert|update)\b[^;]*"?session"?/i.test(s)).map((s) => `${key}: ${s}`));
  }
  return { out, rows, sessionWrites };
}

let small: Awaited<ReturnType<typeof measure>>;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
  const chair = await buildPerson(prisma, schoolId, { role: 'chair', schoolYearId: yearId, isAdmin: true });
  const secretary = await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: yearId });
  const leader = await buildPerson(prisma, schoolId, { leads: true });
  const teacher = await buildPerson(prisma, schoolId);
  // The rows below are the leader's group's members, so the group leader's lists grow with them too.
  groupId = (await prisma.collective.findFirstOrThrow({ where: { schoolId, leaderStaffId: leader.staff.id } })).id;
  const [first] = await addRows(prisma, 0, 10);
  recordPath = `/records/staff/${first!.id}`;
  ownRecordPath = `/records/staff/${teacher.staff.id}`;
  for (const [role, username] of [
    ['chair', chair.user.username],
    ['secretary', secretary.user.username],
    ['leader', leader.user.username],
    ['teacher', teacher.user.username],
  ] as const) {
    agents[role] = agentFor(buildTestApp(db.current, undefined, { PAGE_CACHE_MB: '0' }).app);
    await loginAs(agents[role], username, TEST_PASSWORD);
  }
  small = await measure();
});

describe('main pages as the data grows', () => {
  let large: Awaited<ReturnType<typeof measure>>;

  it('cost the same number of statements with 10 and with 1,000 rows', async () => {
    await addRows(db.current.prisma, 10, 990);
    large = await measure();
    console.log(`Statements per page: ${JSON.stringify(large.out)}`);
    expect(large.out).toEqual(small.out);
  });

  it('show one page of a paged list, not every row', () => {
    for (const [role, path] of PAGES().filter(([, p]) => PAGED.includes(p))) {
      const key = `${role} ${path}`;
      expect(large.rows[key], key).toBeGreaterThanOrEqual(Math.min(small.rows[key]!, 11));
      expect(large.rows[key], key).toBeLessThanOrEqual(MAX_ROWS_ON_A_PAGE);
    }
  });

  it('write no session row on a second view', () => {
    expect(small.sessionWrites).toEqual([]);
    expect(large.sessionWrites).toEqual([]);
  });
});
