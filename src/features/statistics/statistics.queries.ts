// The figures of /statistics (issue 15 §2), each an aggregate over the school's records in one statement: staff with
// a record that year, people awarded LĐTT and CSTĐCS, collective titles, recognised initiatives by level.
import type { PrismaClient } from '../../generated/prisma/client.ts';

export interface YearFigures {
  startYear: number;
  staff: number;
  ldtt: number;
  cstdcs: number;
  collectiveTitles: number;
  initiatives: number;
}
export interface CodeCount {
  code: string;
  count: number;
}

/** One row per school year that has any record, oldest first. */
export async function loadYearFigures(prisma: PrismaClient, schoolId: string): Promise<YearFigures[]> {
  return prisma.$queryRaw<YearFigures[]>`
    WITH years AS (
      SELECT "startYear" FROM "StaffYearRecord" WHERE "schoolId" = ${schoolId}::uuid
      UNION SELECT "startYear" FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid
      UNION SELECT "startYear" FROM "InitiativeRecord" WHERE "schoolId" = ${schoolId}::uuid AND status = 'recognised')
    SELECT y."startYear",
      (SELECT count(*)::int FROM "StaffYearRecord" r WHERE r."schoolId" = ${schoolId}::uuid AND r."startYear" = y."startYear") AS staff,
      (SELECT count(DISTINCT a."staffId")::int FROM "AwardRecord" a
        WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = y."startYear" AND a.code = 'LDTT' AND a."staffId" IS NOT NULL) AS ldtt,
      (SELECT count(DISTINCT a."staffId")::int FROM "AwardRecord" a
        WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = y."startYear" AND a.code = 'CSTDCS' AND a."staffId" IS NOT NULL) AS cstdcs,
      (SELECT count(*)::int FROM "AwardRecord" a
        WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = y."startYear" AND a."collectiveId" IS NOT NULL) AS "collectiveTitles",
      (SELECT count(*)::int FROM "InitiativeRecord" i
        WHERE i."schoolId" = ${schoolId}::uuid AND i."startYear" = y."startYear" AND i.status = 'recognised') AS initiatives
    FROM years y ORDER BY y."startYear"`;
}

/** Awards of one year by code, individuals and collectives apart, most frequent first. */
export async function loadAwardsByCode(prisma: PrismaClient, schoolId: string, startYear: number): Promise<Array<CodeCount & { collective: boolean }>> {
  return prisma.$queryRaw<Array<CodeCount & { collective: boolean }>>`
    SELECT a.code, (a."collectiveId" IS NOT NULL) AS collective, count(*)::int AS count FROM "AwardRecord" a
    WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = ${startYear}
    GROUP BY a.code, (a."collectiveId" IS NOT NULL) ORDER BY count(*) DESC, a.code`;
}

/** Recognised initiatives of one year by level. */
export async function loadInitiativesByLevel(prisma: PrismaClient, schoolId: string, startYear: number): Promise<Array<{ level: string; count: number }>> {
  return prisma.$queryRaw<Array<{ level: string; count: number }>>`
    SELECT i.level, count(*)::int AS count FROM "InitiativeRecord" i
    WHERE i."schoolId" = ${schoolId}::uuid AND i."startYear" = ${startYear} AND i.status = 'recognised'
    GROUP BY i.level ORDER BY i.level`;
}

/** Awards of one year by code and issuer (the level is read from both), individuals and collectives apart. */
export async function loadAwardsByIssuer(
  prisma: PrismaClient,
  schoolId: string,
  startYear: number,
): Promise<Array<{ code: string; issuer: string; collective: boolean; count: number }>> {
  return prisma.$queryRaw<Array<{ code: string; issuer: string; collective: boolean; count: number }>>`
    SELECT a.code, a.issuer, (a."collectiveId" IS NOT NULL) AS collective, count(*)::int AS count FROM "AwardRecord" a
    WHERE a."schoolId" = ${schoolId}::uuid AND a."startYear" = ${startYear}
    GROUP BY a.code, a.issuer, (a."collectiveId" IS NOT NULL) ORDER BY a.code, a.issuer`;
}

/** People with any individual award, per school year and position (the front-line share is read from the position). */
export async function loadCommendedByPosition(prisma: PrismaClient, schoolId: string): Promise<Array<{ startYear: number; position: string; people: number }>> {
  return prisma.$queryRaw<Array<{ startYear: number; position: string; people: number }>>`
    SELECT a."startYear", s.position, count(DISTINCT a."staffId")::int AS people
    FROM "AwardRecord" a JOIN "Staff" s ON s.id = a."staffId" AND s."schoolId" = a."schoolId"
    WHERE a."schoolId" = ${schoolId}::uuid AND a."staffId" IS NOT NULL
    GROUP BY a."startYear", s.position ORDER BY a."startYear"`;
}
