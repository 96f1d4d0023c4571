// Realistic data for the page benchmark, written in bulk (createMany: one INSERT per chunk, never row by row):
// per school 80 staff with accounts, 10 school years of records, awards, recognised initiatives and this year's
// submissions, registrations, nominations, a held meeting with a closed ballot round, achievement reports and the
// audit trail. School scale: 1 school; city scale: 200 schools (16,000 staff).
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { foldForSearch } from '../../src/domain/text.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { councilRows, meetingRows } from './benchCouncil.ts';
import { mulberry32, vietnameseName } from './benchNames.ts';

export const BENCH_PASSWORD = 'bench-mat-khau-2026';
export const STAFF_PER_SCHOOL = 80;
const GROUPS = ['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ Văn phòng'];

/** The accounts the benchmark signs in with (school 0), by role. */
export const BENCH_LOGINS = { chair: 's0-0', secretary: 's0-2', leader: 's0-10', teacher: 's0-20', admin: 's0-admin' } as const;

interface Rows {
  schools: Prisma.SchoolCreateManyInput[];
  years: Prisma.SchoolYearCreateManyInput[];
  collectives: Prisma.CollectiveCreateManyInput[];
  staff: Prisma.StaffCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  decisions: Prisma.CouncilDecisionCreateManyInput[];
  memberships: Prisma.CouncilMembershipCreateManyInput[];
  yearRecords: Prisma.StaffYearRecordCreateManyInput[];
  awards: Prisma.AwardRecordCreateManyInput[];
  initiatives: Prisma.InitiativeRecordCreateManyInput[];
  authors: Prisma.InitiativeAuthorRecordCreateManyInput[];
  registrations: Prisma.RegistrationCreateManyInput[];
  registrationAwards: Prisma.RegistrationAwardCreateManyInput[];
  nominations: Prisma.NominationCreateManyInput[];
  meetings: Prisma.MeetingCreateManyInput[];
  rounds: Prisma.BallotRoundCreateManyInput[];
  roundNominees: Prisma.RoundNomineeCreateManyInput[];
  tallies: Prisma.BallotTallyCreateManyInput[];
  reports: Prisma.AchievementReportCreateManyInput[];
  audit: Prisma.AuditEventCreateManyInput[];
}
export type BenchRows = Rows;

const empty = (): Rows => ({
  schools: [],
  years: [],
  collectives: [],
  staff: [],
  users: [],
  decisions: [],
  memberships: [],
  yearRecords: [],
  awards: [],
  initiatives: [],
  authors: [],
  registrations: [],
  registrationAwards: [],
  nominations: [],
  meetings: [],
  rounds: [],
  roundNominees: [],
  tallies: [],
  reports: [],
  audit: [],
});

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Appends one school's rows: `s` is its index, `years` the start years (oldest first, the last is the current one). */
function addSchool(rows: Rows, s: number, years: number[], hash: string, rnd: () => number): void {
  const schoolId = randomUUID();
  rows.schools.push({
    id: schoolId,
    code: `BENCH${s}`,
    name: `Trường Tiểu học Thử nghiệm số ${s + 1}`,
    governingBody: 'UBND PHƯỜNG THỬ NGHIỆM',
    address: `${s + 1} phố Thử, Hà Nội`,
    placeName: 'Hà Nội',
    documentPrefix: `TH${s}`,
  });
  const yearIds = new Map<number, string>();
  for (const y of years) {
    const id = randomUUID();
    yearIds.set(y, id);
    rows.years.push({ id, schoolId, startYear: y, ...schoolYearDates(y), governingBody: 'UBND PHƯỜNG THỬ NGHIỆM', upperCouncil: 'HĐTĐKT phường' });
  }
  const groupIds = GROUPS.map((name, i) => {
    const id = randomUUID();
    rows.collectives.push({ id, schoolId, name, kind: i === GROUPS.length - 1 ? 'office' : 'grade_group', sortOrder: i });
    return id;
  });
  rows.collectives.push({ id: randomUUID(), schoolId, name: 'Trường', kind: 'school', sortOrder: 99 });
  const staffIds: string[] = [];
  for (let i = 0; i < STAFF_PER_SCHOOL; i++) {
    const id = randomUUID();
    staffIds.push(id);
    const fullName = vietnameseName(rnd);
    const female = rnd() < 0.75;
    rows.staff.push({
      id,
      schoolId,
      code: `GV${String(i + 1).padStart(3, '0')}`,
      fullName,
      searchName: foldForSearch(fullName),
      gender: female ? 'female' : 'male',
      birthDate: day(1970 + Math.floor(rnd() * 30), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
      position: i === 0 ? 'Hiệu trưởng' : i === 1 ? 'Phó Hiệu trưởng' : 'Giáo viên',
      collectiveId: groupIds[i % groupIds.length],
      contractType: rnd() < 0.85 ? 'civil_servant' : 'contract',
    });
    rows.users.push({ schoolId, username: `s${s}-${i}`, passwordHash: hash, displayName: fullName, staffId: id });
  }
  rows.users.push({ schoolId, username: `s${s}-admin`, passwordHash: hash, displayName: 'Quản trị', isAdmin: true });
  const current = years[years.length - 1]!;
  for (const y of years) {
    const yearId = yearIds.get(y)!;
    const past = y < current;
    councilRows(rows, { schoolId, yearId, year: y, staffIds, prefix: `TH${s}` });
    for (let i = 0; i < STAFF_PER_SCHOOL; i++) {
      const staffId = staffIds[i]!;
      const r = rnd();
      const rating = r < 0.3 ? 'HTXSNV' : r < 0.85 ? 'HTTNV' : r < 0.97 ? 'HTNV' : 'KHTNV';
      rows.yearRecords.push({
        schoolId,
        staffId,
        startYear: y,
        rating: past ? rating : null,
        monthsWorked: past ? 12 : null,
        leaveDays: past ? Math.floor(rnd() * 8) : null,
        collectiveId: groupIds[i % groupIds.length],
      });
      if (past && rating !== 'HTNV' && rating !== 'KHTNV') {
        rows.awards.push({
          schoolId,
          staffId,
          startYear: y,
          code: 'LDTT',
          decisionNumber: `${100 + (y % 100)}/QĐ-TH${s}`,
          decisionDate: day(y + 1, 6, 5),
          issuer: 'Hiệu trưởng',
        });
      }
      const registrationId = randomUUID();
      rows.registrations.push({
        id: registrationId,
        schoolId,
        schoolYearId: yearId,
        subject: 'staff',
        staffId,
        commitments: 'Hoàn thành xuất sắc nhiệm vụ năm học; tham gia các phong trào thi đua.',
        status: past ? 'approved' : i % 3 === 0 ? 'draft' : 'submitted',
        submittedAt: past || i % 3 ? day(y, 10, 1) : null,
      });
      rows.registrationAwards.push({ registrationId, kind: 'title', code: i % 5 === 0 ? 'CSTDCS' : 'LDTT', position: 0 });
    }
    for (let k = 0; k < 8; k++) {
      const id = randomUUID();
      const authorId = staffIds[(k * 7 + y) % STAFF_PER_SCHOOL]!;
      const submission = !past;
      rows.initiatives.push({
        id,
        schoolId,
        startYear: y,
        title: `Sáng kiến ${k + 1} năm học ${y}-${y + 1}: nâng cao chất lượng dạy học`,
        level: 'co_so',
        grade: submission ? null : 'B',
        recognisedOn: submission ? null : day(y + 1, 5, 20),
        source: submission ? 'submission' : 'import',
        status: submission ? 'submitted' : 'recognised',
        schoolYearId: yearId,
        field: 'Giáo dục tiểu học',
        problem: 'Học sinh chưa chủ động trong giờ học.',
        solution: 'Tổ chức học theo nhóm nhỏ với phiếu học tập.',
        submittedAt: day(y, 11, 15),
      });
      rows.authors.push({ initiativeId: id, schoolId, staffId: authorId, sharePct: 100 });
    }
    const nominated = staffIds.slice(3, 33);
    const nominationIds = nominated.map((staffId, n) => {
      const id = randomUUID();
      rows.nominations.push({
        id,
        schoolId,
        schoolYearId: yearId,
        staffId,
        code: n < 8 ? 'CSTDCS' : 'LDTT',
        summary: 'Hoàn thành xuất sắc nhiệm vụ.',
        verdict: { status: 'eligible', summary: 'Đủ điều kiện.', reasons: [], ruleSetId: null },
        verdictStatus: 'eligible',
        status: past ? 'approved' : 'proposed',
      });
      if (n < 8) rows.reports.push({ nominationId: id, schoolId, content: { achievements: 'Thành tích tiêu biểu trong năm học.' } });
      return id;
    });
    if (past) meetingRows(rows, { schoolId, yearId, year: y, nominationIds: nominationIds.slice(0, 8), councilSize: 10 });
    for (let a = 0; a < 60; a++) {
      rows.audit.push({ schoolId, action: 'registration.submit', subject: 'Registration', subjectId: randomUUID(), at: day(y, 10, 1 + (a % 28)) });
    }
  }
}

/** Leaders of the groups: the 11th to 16th staff member of each school, set once the staff exist. */
async function setLeaders(prisma: PrismaClient, rows: Rows): Promise<void> {
  for (let i = 0; i < rows.schools.length; i += 50) {
    const ids = rows.schools.slice(i, i + 50).map((s) => s.id!);
    await prisma.$executeRawUnsafe(
      `UPDATE "Collective" c SET "leaderStaffId" = st.id FROM "Staff" st
        WHERE c."schoolId" = ANY($1::uuid[]) AND st."schoolId" = c."schoolId" AND st."collectiveId" = c.id
          AND st.code = 'GV' || lpad((10 + c."sortOrder" + 1)::text, 3, '0')`,
      ids,
    );
  }
}

/** Writes `schools` schools of data; returns the row counts by table. */
export async function generateBenchData(prisma: PrismaClient, opts: { schools: number; years: number[] }): Promise<Record<string, number>> {
  const rows = empty();
  const rnd = mulberry32(16);
  const hash = await hashPassword(BENCH_PASSWORD);
  for (let s = 0; s < opts.schools; s++) addSchool(rows, s, opts.years, hash, rnd);
  const many = async <T>(create: (args: { data: T[] }) => Promise<unknown>, data: T[]) => {
    for (let i = 0; i < data.length; i += 5000) await create({ data: data.slice(i, i + 5000) });
  };
  await many((a) => prisma.school.createMany(a), rows.schools);
  await many((a) => prisma.schoolYear.createMany(a), rows.years);
  await many((a) => prisma.collective.createMany(a), rows.collectives);
  await many((a) => prisma.staff.createMany(a), rows.staff);
  await setLeaders(prisma, rows);
  await many((a) => prisma.user.createMany(a), rows.users);
  await many((a) => prisma.councilDecision.createMany(a), rows.decisions);
  await many((a) => prisma.councilMembership.createMany(a), rows.memberships);
  await many((a) => prisma.staffYearRecord.createMany(a), rows.yearRecords);
  await many((a) => prisma.awardRecord.createMany(a), rows.awards);
  await many((a) => prisma.initiativeRecord.createMany(a), rows.initiatives);
  await many((a) => prisma.initiativeAuthorRecord.createMany(a), rows.authors);
  await many((a) => prisma.registration.createMany(a), rows.registrations);
  await many((a) => prisma.registrationAward.createMany(a), rows.registrationAwards);
  await many((a) => prisma.nomination.createMany(a), rows.nominations);
  await many((a) => prisma.achievementReport.createMany(a), rows.reports);
  await many((a) => prisma.meeting.createMany(a), rows.meetings);
  await many((a) => prisma.ballotRound.createMany(a), rows.rounds);
  await many((a) => prisma.roundNominee.createMany(a), rows.roundNominees);
  await many((a) => prisma.ballotTally.createMany(a), rows.tallies);
  await many((a) => prisma.auditEvent.createMany(a), rows.audit);
  await prisma.$executeRawUnsafe('ANALYZE');
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).length]));
}
