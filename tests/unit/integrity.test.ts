// Acceptance (issue 9.1): PostgreSQL itself refuses each invariant's violation, whatever code writes the row.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCouncilMember, buildSchool, buildStaff, buildUser } from '../support/factories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let a: Awaited<ReturnType<typeof buildSchool>>;
let b: Awaited<ReturnType<typeof buildSchool>>;
let staffA = '';
let staffA2 = '';
let staffB = '';
let collectiveA = '';
let userA = '';

const sql = (text: string, values: unknown[] = []) => db.current.pool.query(text, values);
/** The SQLSTATE and constraint of the error a statement raises (null when it succeeds). */
async function refusal(text: string, values: unknown[] = []) {
  try {
    await sql(text, values);
    return null;
  } catch (error) {
    const e = error as { code?: string; constraint?: string };
    return { code: e.code, constraint: e.constraint };
  }
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  a = await buildSchool(prisma, { years: [2025] });
  b = await buildSchool(prisma, { years: [2025] });
  collectiveA = (await prisma.collective.create({ data: { schoolId: a.school.id, name: 'Tổ 1', kind: 'grade_group' } })).id;
  staffA = (await buildStaff(prisma, a.school.id)).id;
  staffA2 = (await buildStaff(prisma, a.school.id)).id;
  staffB = (await buildStaff(prisma, b.school.id)).id;
  userA = (await buildUser(prisma, a.school.id)).id;
});

describe('the database refuses', () => {
  it('a reference to a row of another school (foreign key composite with schoolId)', async () => {
    expect(await refusal(`UPDATE "Staff" SET "collectiveId" = $1 WHERE id = $2`, [collectiveA, staffB])).toMatchObject({ code: '23503' });
    expect(
      await refusal(`INSERT INTO "StaffYearRecord"(id, "schoolId", "staffId", "startYear", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 2024, now())`, [
        a.school.id,
        staffB,
      ]),
    ).toMatchObject({ code: '23503' });
    expect(
      await refusal(`INSERT INTO "Notification"(id, "schoolId", "userId", kind, title) VALUES (gen_random_uuid(), $1, $2, 'account', 't')`, [
        b.school.id,
        userA,
      ]),
    ).toMatchObject({ code: '23503' });
    // …and a reference to nothing at all.
    expect(
      await refusal(
        `INSERT INTO "AwardRecord"(id, "schoolId", "staffId", "startYear", code, "decisionNumber", "decisionDate", issuer)
        VALUES (gen_random_uuid(), $1, gen_random_uuid(), 2024, 'LDTT', '1/QĐ', '2025-05-30', 'UBND')`,
        [a.school.id],
      ),
    ).toMatchObject({ code: '23503' });
  });

  it('a duplicate award (same holder, year, code and decision), discipline, research or pending proceeding', async () => {
    const award = `INSERT INTO "AwardRecord"(id, "schoolId", "staffId", "startYear", code, "decisionNumber", "decisionDate", issuer)
      VALUES (gen_random_uuid(), $1, $2, 2024, 'LDTT', '12/QĐ-UBND', '2025-05-30', 'UBND')`;
    expect(await refusal(award, [a.school.id, staffA])).toBeNull();
    expect(await refusal(award, [a.school.id, staffA])).toMatchObject({ code: '23505', constraint: 'AwardRecord_staffId_startYear_code_decisionNumber_key' });
    const discipline = `INSERT INTO "DisciplineRecord"(id, "schoolId", "staffId", "startYear", level, "decidedOn") VALUES (gen_random_uuid(), $1, $2, 2024, 'khien_trach', '2025-01-10')`;
    expect(await refusal(discipline, [a.school.id, staffA])).toBeNull();
    expect(await refusal(discipline, [a.school.id, staffA])).toMatchObject({ code: '23505' });
    const research = `INSERT INTO "ResearchRecord"(id, "schoolId", "staffId", "startYear", title, accepted) VALUES (gen_random_uuid(), $1, $2, 2024, 'Đề tài', true)`;
    expect(await refusal(research, [a.school.id, staffA])).toBeNull();
    expect(await refusal(research, [a.school.id, staffA])).toMatchObject({ code: '23505' });
    const pending = `INSERT INTO "PendingProceedingRecord"(id, "schoolId", "staffId", kind, "fromDate") VALUES (gen_random_uuid(), $1, $2, 'investigation', '2025-02-01')`;
    expect(await refusal(pending, [a.school.id, staffA])).toBeNull();
    expect(await refusal(pending, [a.school.id, staffA])).toMatchObject({ code: '23505' });
  });

  it('an award with no holder or two, or an unknown award code', async () => {
    const insert = (staff: string | null, collective: string | null, code = 'LDTT') =>
      refusal(
        `INSERT INTO "AwardRecord"(id, "schoolId", "staffId", "collectiveId", "startYear", code, "decisionNumber", "decisionDate", issuer)
         VALUES (gen_random_uuid(), $1, $2, $3, 2023, $4, '9/QĐ', '2024-05-30', 'UBND')`,
        [a.school.id, staff, collective, code],
      );
    expect(await insert(null, null)).toMatchObject({ code: '23514', constraint: 'AwardRecord_one_holder_check' });
    expect(await insert(staffA, collectiveA)).toMatchObject({ code: '23514', constraint: 'AwardRecord_one_holder_check' });
    expect(await insert(staffA, null, 'HUAN_CHUONG_VANG')).toMatchObject({ code: '23514', constraint: 'AwardRecord_code_check' });
  });

  it('a share of 120 %, and shares of one initiative summing to more than 100 (checked at commit)', async () => {
    const initiative = (
      await sql(`INSERT INTO "InitiativeRecord"(id, "schoolId", "startYear", title, level) VALUES (gen_random_uuid(), $1, 2024, 'SK', 'co_so') RETURNING id`, [
        a.school.id,
      ])
    ).rows[0] as { id: string };
    const author = `INSERT INTO "InitiativeAuthorRecord"("initiativeId", "schoolId", "staffId", "sharePct") VALUES ($1, $2, $3, $4)`;
    expect(await refusal(author, [initiative.id, a.school.id, staffA, 120])).toMatchObject({
      code: '23514',
      constraint: 'InitiativeAuthorRecord_sharePct_check',
    });
    const client = await db.current.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(author, [initiative.id, a.school.id, staffA, 60]);
      await client.query(author, [initiative.id, a.school.id, staffA2, 50]); // accepted for now: the check is deferred
      await expect(client.query('COMMIT')).rejects.toMatchObject({ code: '23514', constraint: 'InitiativeAuthorRecord_shares_sum_check' });
    } finally {
      client.release();
    }
    expect((await sql(`SELECT count(*)::int AS n FROM "InitiativeAuthorRecord" WHERE "initiativeId" = $1`, [initiative.id])).rows[0]).toEqual({ n: 0 });
  });

  it('13 months worked, negative leave days, and a start year out of bounds', async () => {
    const year = (months: number, leave: number, startYear = 2024) =>
      refusal(
        `INSERT INTO "StaffYearRecord"(id, "schoolId", "staffId", "startYear", "monthsWorked", "leaveDays", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())`,
        [a.school.id, staffA2, startYear, months, leave],
      );
    expect(await year(13, 0)).toMatchObject({ code: '23514', constraint: 'StaffYearRecord_monthsWorked_check' });
    expect(await year(12, -1)).toMatchObject({ code: '23514', constraint: 'StaffYearRecord_leaveDays_check' });
    expect(await year(12, 0, 9999)).toMatchObject({ code: '23514', constraint: 'StaffYearRecord_startYear_check' });
  });

  it('an unknown status or kind', async () => {
    const batch = (status: string, kind = 'history') =>
      refusal(
        `INSERT INTO "ImportBatch"(id, "schoolId", "userId", kind, "fileName", content, status) VALUES (gen_random_uuid(), $1, $2, $3, 'f.xlsx', '\\x00', $4)`,
        [a.school.id, userA, kind, status],
      );
    expect(await batch('applying')).toBeNull();
    expect(await batch('half-done')).toMatchObject({ code: '23514', constraint: 'ImportBatch_status_check' });
    expect(await batch('pending', 'awards')).toMatchObject({ code: '23514', constraint: 'ImportBatch_kind_check' });
    expect(await refusal(`INSERT INTO "DocumentCounter"("schoolId", year, type, last) VALUES ($1, 2025, 'XYZ', 1)`, [a.school.id])).toMatchObject({
      code: '23514',
      constraint: 'DocumentCounter_type_check',
    });
    expect(
      await refusal(
        `INSERT INTO "StoredFile"(id, "schoolId", "ownerType", "ownerId", "fileName", "mimeType", size, sha256, content)
        VALUES (gen_random_uuid(), $1, 'Bogus', gen_random_uuid(), 'a.pdf', 'application/pdf', 1, 'x', '\\x00')`,
        [a.school.id],
      ),
    ).toMatchObject({ code: '23514', constraint: 'StoredFile_ownerType_check' });
    expect(await refusal(`UPDATE "User" SET locale = 'fr' WHERE id = $1`, [userA])).toMatchObject({ code: '23514', constraint: 'User_locale_check' });
  });

  it('a second chair on the same date, but not a chair of another school or of another period', async () => {
    const year = a.yearOf(2025);
    const decision = await buildCouncilMember(db.current.prisma, a.school.id, year.id, staffA, 'chair'); // 01/09/2025–31/08/2026
    const chair = (schoolId: string, staffId: string, from: string, to: string | null) =>
      refusal(
        `INSERT INTO "CouncilMembership"(id, "schoolId", "decisionId", "staffId", role, "validFrom", "validTo") VALUES (gen_random_uuid(), $1, $2, $3, 'chair', $4, $5)`,
        [schoolId, decision.id, staffId, from, to],
      );
    expect(await chair(a.school.id, staffA2, '2026-03-01', null)).toMatchObject({ code: '23P01', constraint: 'CouncilMembership_one_chair_per_day' });
    expect(await chair(a.school.id, staffA2, '2026-08-31', '2026-08-31')).toMatchObject({ code: '23P01' });
    expect(await chair(a.school.id, staffA2, '2026-09-01', null)).toBeNull(); // the day after the first chair's term
    expect(await chair(b.school.id, staffB, '2026-03-01', null)).toMatchObject({ code: '23503' }); // a decision of school A
  });

  it('a date in the year 9999 or 0001, and a period that ends before it starts', async () => {
    const award = (date: string) =>
      refusal(
        `INSERT INTO "AwardRecord"(id, "schoolId", "staffId", "startYear", code, "decisionNumber", "decisionDate", issuer) VALUES (gen_random_uuid(), $1, $2, 2022, 'LDTT', $3, $4, 'UBND')`,
        [a.school.id, staffA, `d-${date}`, date],
      );
    expect(await award('9999-05-30')).toMatchObject({ code: '23514', constraint: 'AwardRecord_decisionDate_check' });
    expect(await award('0001-05-30')).toMatchObject({ code: '23514', constraint: 'AwardRecord_decisionDate_check' });
    expect(await refusal(`UPDATE "Staff" SET "birthDate" = '9999-12-31' WHERE id = $1`, [staffA])).toMatchObject({
      code: '23514',
      constraint: 'Staff_dates_check',
    });
    expect(
      await refusal(
        `INSERT INTO "PendingProceedingRecord"(id, "schoolId", "staffId", kind, "fromDate", "toDate") VALUES (gen_random_uuid(), $1, $2, 'discipline', '2025-03-01', '2025-02-01')`,
        [a.school.id, staffA],
      ),
    ).toMatchObject({ code: '23514', constraint: 'PendingProceedingRecord_dates_check' });
  });

  it('a registration choice with an unknown code, or a movement of another school', async () => {
    const reg = (
      await sql(
        `INSERT INTO "Registration"(id, "schoolId", "schoolYearId", subject, "staffId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'staff', $3, now()) RETURNING id`,
        [a.school.id, a.yearOf(2025).id, staffA],
      )
    ).rows[0] as { id: string };
    expect(await refusal(`INSERT INTO "RegistrationAward"("registrationId", kind, code, position) VALUES ($1, 'title', 'NOBEL', 0)`, [reg.id])).toMatchObject({
      code: '23514',
    });
    const movementB = (
      await sql(
        `INSERT INTO "Movement"(id, "schoolId", name, "launchLevel", kind, "updatedAt") VALUES (gen_random_uuid(), $1, 'PT', 'school', 'regular', now()) RETURNING id`,
        [b.school.id],
      )
    ).rows[0] as { id: string };
    expect(
      await refusal(`INSERT INTO "RegistrationMovement"("registrationId", "movementId", "schoolId", position) VALUES ($1, $2, $3, 0)`, [
        reg.id,
        movementB.id,
        a.school.id,
      ]),
    ).toMatchObject({ code: '23503' });
    expect(
      await refusal(
        `INSERT INTO "Registration"(id, "schoolId", "schoolYearId", subject, "staffId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'collective', $3, now())`,
        [a.school.id, a.yearOf(2025).id, staffA2],
      ),
    ).toMatchObject({ code: '23514', constraint: 'Registration_subject_check' });
  });
});
