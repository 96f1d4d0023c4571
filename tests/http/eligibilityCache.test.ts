// The eligibility report is computed once per version of the school's facts (issue 16): a second view reads no
// facts, a write to a fact table bumps the version in its own transaction and the next view shows the change; the
// report is paged.
import { beforeAll, describe, expect, it } from 'vitest';
import { bumpFactsVersion, readFactsVersion } from '../../src/features/eligibility/factsVersion.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
let agent: ReturnType<typeof agentFor>;
let schoolId: string;
let firstStaffId: string;

const readsFacts = () => sql.statements.some((s) => s.includes('"StaffYearRecord"'));
const rowsOn = (html: string) => html.match(/<tr class="verdict--/g)?.length ?? 0;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  schoolId = school.id;
  const { user } = await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: yearOf(2026).id });
  const staff = Array.from({ length: 60 }, (_, i) => ({
    schoolId,
    code: `E${String(i).padStart(3, '0')}`,
    fullName: `Giáo viên ${i}`,
    searchName: `giao vien ${i}`,
    gender: 'female' as const,
    position: 'Giáo viên',
    contractType: 'civil_servant' as const,
  }));
  await prisma.staff.createMany({ data: staff });
  const ids = await prisma.staff.findMany({ where: { schoolId, code: { startsWith: 'E' } }, select: { id: true }, orderBy: { code: 'asc' } });
  firstStaffId = ids[0]!.id;
  await prisma.staffYearRecord.createMany({
    data: ids.map(({ id }) => ({ schoolId, staffId: id, startYear: 2025, rating: 'HTXSNV' as const, monthsWorked: 12, leaveDays: 0 })),
  });
  agent = agentFor(buildTestApp(db.current, undefined, { PAGE_CACHE_MB: '0' }).app);
  await loginAs(agent, user.username, TEST_PASSWORD);
});

describe('eligibility results cached per school, year and facts version', () => {
  it('a second view reads no facts; a changed yearly record bumps the version and is shown at once', async () => {
    const first = await agent.get('/eligibility/2025?q=E000');
    expect(first.status).toBe(200);
    expect(first.text).toContain('verdict--eligible');
    sql.start();
    const again = await agent.get('/eligibility/2025?q=E000');
    sql.stop();
    expect(again.status).toBe(200);
    expect(readsFacts()).toBe(false);

    const before = await readFactsVersion(db.current.prisma, schoolId);
    await db.current.prisma.staffYearRecord.update({ where: { staffId_startYear: { staffId: firstStaffId, startYear: 2025 } }, data: { rating: 'KHTNV' } });
    expect(await readFactsVersion(db.current.prisma, schoolId)).toBe(before + 1n);
    sql.start();
    const after = await agent.get('/eligibility/2025?q=E000');
    sql.stop();
    expect(readsFacts()).toBe(true);
    expect(after.text).not.toContain('verdict--eligible');
  });

  it('bumpFactsVersion() bumps it inside a command transaction', async () => {
    const before = await readFactsVersion(db.current.prisma, schoolId);
    await db.current.prisma.$transaction((tx) => bumpFactsVersion(tx, schoolId));
    expect(await readFactsVersion(db.current.prisma, schoolId)).toBe(before + 1n);
  });

  it('shows 50 rows a page with a link to the next', async () => {
    const page1 = await agent.get('/eligibility/2025');
    expect(rowsOn(page1.text)).toBe(50);
    expect(page1.text).toMatch(/Trang 1\/\d+/);
    expect(page1.text).toContain('page=2');
    const page2 = await agent.get('/eligibility/2025?page=2');
    expect(page2.text).toMatch(/Trang 2\/\d+/);
    expect(rowsOn(page2.text)).toBeGreaterThan(0);
  });
});
