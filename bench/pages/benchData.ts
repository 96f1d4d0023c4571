// Realistic data for the page benchmark, written with PostgreSQL COPY (copyRows.ts) in batches of schools, each batch
// table by table in dependency order: per school 80 staff with accounts, 10 school years of records, awards,
// collective ratings, declared record coverage, recognised initiatives and this year's submissions, registrations,
// nominations, a held meeting with its roll and a closed ballot round, achievement reports, the dossiers sent upward
// and the audit trail. School scale: 1 school; city scale: 200 schools (16,000 staff, ~1.3 million rows). The same
// code writes both, so both have the same shape; the database checks every constraint and trigger as it loads.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { foldForSearch } from '../../src/domain/text.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { councilRows, meetingRows, VOTERS } from './benchCouncil.ts';
import { dossierFiles, dossierRows, type DossierFiles } from './benchDossiers.ts';
import { copyRows } from './copyRows.ts';
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
  attendance: Prisma.MeetingAttendanceCreateManyInput[];
  eligibility: Prisma.RoundEligibilityCreateManyInput[];
  participation: Prisma.BallotParticipationCreateManyInput[];
  reports: Prisma.AchievementReportCreateManyInput[];
  collectiveYears: Prisma.CollectiveYearRecordCreateManyInput[];
  coverage: Prisma.RecordCoverageCreateManyInput[];
  dossiers: Prisma.DossierExportCreateManyInput[];
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
  attendance: [],
  eligibility: [],
  participation: [],
  reports: [],
  collectiveYears: [],
  coverage: [],
  dossiers: [],
  audit: [],
});

/** Each list's table, in the order they are written (parents first). Collective leaders are set after the staff. */
const TABLES: Array<[keyof Rows, string]> = [
  ['schools', 'School'],
  ['years', 'SchoolYear'],
  ['collectives', 'Collective'],
  ['staff', 'Staff'],
  ['users', 'User'],
  ['decisions', 'CouncilDecision'],
  ['memberships', 'CouncilMembership'],
  ['yearRecords', 'StaffYearRecord'],
  ['awards', 'AwardRecord'],
  ['collectiveYears', 'CollectiveYearRecord'],
  ['coverage', 'RecordCoverage'],
  ['initiatives', 'InitiativeRecord'],
  ['authors', 'InitiativeAuthorRecord'],
  ['registrations', 'Registration'],
  ['registrationAwards', 'RegistrationAward'],
  ['nominations', 'Nomination'],
  ['reports', 'AchievementReport'],
  ['meetings', 'Meeting'],
  ['attendance', 'MeetingAttendance'],
  ['rounds', 'BallotRound'],
  ['roundNominees', 'RoundNominee'],
  ['eligibility', 'RoundEligibility'],
  ['participation', 'BallotParticipation'],
  ['tallies', 'BallotTally'],
  ['dossiers', 'DossierExport'],
  ['audit', 'AuditEvent'],
];
/** Tables whose uuid key Prisma fills in the client (no database default): COPY must be given one. */
const CLIENT_IDS = new Set([
  'School',
  'SchoolYear',
  'Collective',
  'Staff',
  'User',
  'CouncilDecision',
  'CouncilMembership',
  'StaffYearRecord',
  'AwardRecord',
  'CollectiveYearRecord',
  'RecordCoverage',
  'InitiativeRecord',
  'Registration',
  'Nomination',
  'Meeting',
  'BallotRound',
  'DossierExport',
]);
/** Tables with an @updatedAt column (set by the client, no database default). */
const UPDATED_AT = new Set(['Staff', 'User', 'StaffYearRecord', 'Registration', 'Nomination', 'AchievementReport']);
const COVERAGE_KINDS = ['ratings', 'titles', 'discipline', 'initiatives', 'research'] as const;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Appends one school's rows: `s` is its index, `years` the start years (oldest first, the last is the current one). */
function addSchool(rows: Rows, s: number, years: number[], hash: string, rnd: () => number, files: DossierFiles): void {
  const schoolId = randomUUID();
  const schoolName = `Trường Tiểu học Thử nghiệm số ${s + 1}`;
  rows.schools.push({
    id: schoolId,
    code: `BENCH${s}`,
    name: schoolName,
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
  const chairUserId = randomUUID();
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
    rows.users.push({ id: i === 0 ? chairUserId : randomUUID(), schoolId, username: `s${s}-${i}`, passwordHash: hash, displayName: fullName, staffId: id });
  }
  rows.users.push({ schoolId, username: `s${s}-admin`, passwordHash: hash, displayName: 'Quản trị', isAdmin: true });
  const current = years[years.length - 1]!;
  for (const y of years) {
    const yearId = yearIds.get(y)!;
    const past = y < current;
    councilRows(rows, { schoolId, yearId, year: y, staffIds, prefix: `TH${s}` });
    if (past) {
      for (const kind of COVERAGE_KINDS) rows.coverage.push({ schoolId, kind, startYear: y, source: 'import' });
      groupIds.forEach((collectiveId, g) =>
        rows.collectiveYears.push({ schoolId, collectiveId, startYear: y, rating: (g + y) % 3 === 0 ? 'HTXSNV' : 'HTTNV' }),
      );
    }
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
      if (n < 8) {
        rows.reports.push({
          nominationId: id,
          schoolId,
          content: {
            gender: 'Nữ',
            hometown: 'Hà Nội',
            qualification: 'Đại học Sư phạm Tiểu học',
            duties: 'Giáo viên chủ nhiệm lớp.',
            achievements: ['Hoàn thành xuất sắc nhiệm vụ.', 'Có sáng kiến được Hội đồng cấp cơ sở công nhận.'],
          },
          ...(past ? { confirmedById: chairUserId, confirmedAt: day(y + 1, 5, 28) } : {}),
        });
      }
      return id;
    });
    if (past) {
      meetingRows(rows, { schoolId, yearId, year: y, nominationIds: nominationIds.slice(0, 8), councilIds: staffIds.slice(0, VOTERS) });
      dossierRows(rows, { schoolId, schoolName, yearId, year: y, receiver: 'HĐTĐKT phường', nominees: 8, files });
    }
    for (let a = 0; a < 60; a++) {
      rows.audit.push({ schoolId, action: 'registration.submit', subject: 'Registration', subjectId: randomUUID(), at: day(y, 10, 1 + (a % 28)) });
    }
  }
}

/** Leaders of the groups: among the 11th to 16th staff members, the one in each group (staff i is in group i % 6, so
 * s<n>-10, the benchmark's group leader, leads Tổ 5), set once the staff exist. */
async function setLeaders(client: pg.PoolClient, schoolIds: string[]): Promise<void> {
  await client.query(
    `UPDATE "Collective" c SET "leaderStaffId" = st.id FROM "Staff" st
      WHERE c."schoolId" = ANY($1::uuid[]) AND st."schoolId" = c."schoolId" AND st."collectiveId" = c.id
        AND st.code = 'GV' || lpad((11 + (c."sortOrder" + 2) % 6)::text, 3, '0')`,
    [schoolIds],
  );
}

/** Writes one batch of schools, table by table; adds each table's row count to `counts`. */
async function writeBatch(client: pg.PoolClient, rows: Rows, counts: Record<string, number>, now: Date): Promise<void> {
  for (const [key, table] of TABLES) {
    const list = rows[key] as Array<Record<string, unknown>>;
    const filled = list.map((r) => ({
      ...(CLIENT_IDS.has(table) && r.id === undefined ? { id: randomUUID() } : {}),
      ...r,
      ...(UPDATED_AT.has(table) ? { updatedAt: now } : {}),
    }));
    // Added after the copy: `counts[key] + await …` would read the count before the other writer's copy ends and lose it.
    const copied = await copyRows(client, table, filled);
    counts[key] = (counts[key] ?? 0) + copied;
    if (table === 'Staff')
      await setLeaders(
        client,
        rows.schools.map((x) => x.id!),
      );
  }
}

/** Row counts by list, read back from the database (a run that reuses the data of an earlier one). */
export async function countBenchRows(pool: pg.Pool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [key, table] of TABLES) out[key] = Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
  return out;
}

/** Schools generated and written together: bounds the memory held by rows not yet written. */
const BATCH = 10;

/** Writes `schools` schools of data through `pool` (the owner's); returns the row counts by table. */
export async function generateBenchData(pool: pg.Pool, opts: { schools: number; years: number[] }): Promise<Record<string, number>> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const files = await dossierFiles();
  const counts: Record<string, number> = {};
  const now = new Date();
  let next = 0;
  // Two writers, each on its own connection taking the next batch: PostgreSQL checks and indexes one batch while the
  // other is generated and sent. Each school has its own seed, so the data do not depend on which writer took it.
  const writer = async () => {
    const client = await pool.connect();
    try {
      // A throw-away benchmark database: no flush to disk per commit. One transaction per batch of schools.
      await client.query('SET synchronous_commit = off');
      for (let first = next; first < opts.schools; first = next) {
        next += BATCH;
        const rows = empty();
        for (let s = first; s < Math.min(first + BATCH, opts.schools); s++) addSchool(rows, s, opts.years, hash, mulberry32(16 + s), files);
        await client.query('BEGIN');
        await writeBatch(client, rows, counts, now);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([writer(), writer()]);
  await pool.query('ANALYZE');
  return counts;
}
