// The rows of the page benchmark's data, one list per table, and how a batch of them is written: table by table in
// dependency order with PostgreSQL COPY (copyRows.ts), the ids and update times Prisma would fill in added first.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { copyRows } from './copyRows.ts';

/** One batch's rows, by list (each list is one table). */
export interface BenchRows {
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

/** A batch with no rows yet. */
export const emptyRows = (): BenchRows => ({
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
const TABLES: Array<[keyof BenchRows, string]> = [
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
export async function writeBatch(client: pg.PoolClient, rows: BenchRows, counts: Record<string, number>, now: Date): Promise<void> {
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
