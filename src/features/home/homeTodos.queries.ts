// The counts behind the home page's "việc cần làm" (issue 15): one statement of aggregates, whatever the number of
// registrations, initiatives or meetings, so the home page's cost does not grow with the school (issue 16).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

export interface TodoCounts {
  myRegistration: { id: string; status: string } | null;
  myInitiatives: Record<string, number>;
  groupRegistrations: Record<string, number>;
  groupMissing: number;
  awaitingReview: number;
  notRegistered: number;
  pendingImports: number;
  openPlans: Array<{ id: string; year: number; status: string }>;
  listsAwaitingApproval: number;
  openBallots: number;
  latestDossier: { version: number; status: string; sentOn: string | null; returnedOn: string | null } | null;
  nominationsByCode: Record<string, number>;
  /** Writing contests open for entries (issue 15 §4), with their window and whether the reader has a live entry. */
  openContests?: Array<{ id: string; title: string; opensOn: string; closesOn: string; entered: boolean }>;
}

const EMPTY: TodoCounts = {
  myRegistration: null,
  myInitiatives: {},
  groupRegistrations: {},
  groupMissing: 0,
  awaitingReview: 0,
  notRegistered: 0,
  pendingImports: 0,
  openPlans: [],
  listsAwaitingApproval: 0,
  openBallots: 0,
  latestDossier: null,
  nominationsByCode: {},
};

/**
 * The to-do counts of the current school year for one account. Every figure is an aggregate (COUNT … GROUP BY) in
 * one round trip; `calendarYear` is the Vietnam calendar year, from which plans still open are listed.
 */
export async function loadTodoCounts(prisma: PrismaClient, user: CurrentUser, calendarYear: number): Promise<TodoCounts> {
  const year = user.schoolYear?.id ?? null;
  if (!year) return EMPTY;
  const school = user.schoolId;
  const staff = user.staffId;
  const led = user.ledCollectiveIds;
  const [row] = await prisma.$queryRaw<TodoCounts[]>`
    SELECT
      (SELECT json_build_object('id', r.id, 'status', r.status) FROM "Registration" r
        WHERE r."schoolId" = ${school}::uuid AND r."schoolYearId" = ${year}::uuid AND r."staffId" = ${staff}::uuid) AS "myRegistration",
      (SELECT COALESCE(json_object_agg(s.status, s.n), '{}') FROM (
        SELECT i.status::text AS status, count(*)::int AS n FROM "InitiativeRecord" i
          JOIN "InitiativeAuthorRecord" a ON a."initiativeId" = i.id AND a."schoolId" = i."schoolId"
        WHERE i."schoolId" = ${school}::uuid AND i."schoolYearId" = ${year}::uuid AND a."staffId" = ${staff}::uuid
        GROUP BY i.status) s) AS "myInitiatives",
      (SELECT COALESCE(json_object_agg(s.status, s.n), '{}') FROM (
        SELECT r.status::text AS status, count(*)::int AS n FROM "Registration" r
          LEFT JOIN "Staff" st ON st.id = r."staffId"
        WHERE r."schoolId" = ${school}::uuid AND r."schoolYearId" = ${year}::uuid
          AND (r."collectiveId" = ANY(${led}::uuid[]) OR st."collectiveId" = ANY(${led}::uuid[]))
        GROUP BY r.status) s) AS "groupRegistrations",
      (SELECT count(*)::int FROM "Staff" st
        WHERE st."schoolId" = ${school}::uuid AND st.active AND st."collectiveId" = ANY(${led}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."schoolYearId" = ${year}::uuid AND r."staffId" = st.id
            AND r.status IN ('submitted', 'approved'))) AS "groupMissing",
      (SELECT count(*)::int FROM "Registration" r
        WHERE r."schoolId" = ${school}::uuid AND r."schoolYearId" = ${year}::uuid AND r.status = 'submitted') AS "awaitingReview",
      (SELECT count(*)::int FROM "Staff" st
        WHERE st."schoolId" = ${school}::uuid AND st.active
          AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."schoolYearId" = ${year}::uuid AND r."staffId" = st.id
            AND r.status IN ('submitted', 'approved'))) AS "notRegistered",
      (SELECT count(*)::int FROM "ImportBatch" b WHERE b."schoolId" = ${school}::uuid AND b.status = 'pending') AS "pendingImports",
      (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'year', p.year, 'status', p.status) ORDER BY p.year), '[]')
        FROM "Plan" p WHERE p."schoolId" = ${school}::uuid AND p.status <> 'approved' AND p.year >= ${calendarYear}) AS "openPlans",
      (SELECT count(*)::int FROM "Meeting" m
        WHERE m."schoolId" = ${school}::uuid AND m."schoolYearId" = ${year}::uuid AND m.status = 'held') AS "listsAwaitingApproval",
      (SELECT count(*)::int FROM "BallotRound" b WHERE b."schoolId" = ${school}::uuid AND b.status = 'open') AS "openBallots",
      (SELECT json_build_object('version', d.version, 'status', d.status, 'sentOn', d."sentOn", 'returnedOn', d."returnedOn")
        FROM "DossierExport" d WHERE d."schoolId" = ${school}::uuid AND d."schoolYearId" = ${year}::uuid
        ORDER BY d."createdAt" DESC, d.version DESC LIMIT 1) AS "latestDossier",
      (SELECT COALESCE(json_object_agg(s.code, s.n), '{}') FROM (
        SELECT n.code, count(*)::int AS n FROM "Nomination" n
        WHERE n."schoolId" = ${school}::uuid AND n."schoolYearId" = ${year}::uuid AND n.status IN ('proposed', 'approved')
        GROUP BY n.code) s) AS "nominationsByCode",
      (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'title', c.title, 'opensOn', c."opensOn", 'closesOn', c."closesOn",
          'entered', EXISTS (SELECT 1 FROM "ContestEntry" e WHERE e."contestId" = c.id AND e."authorStaffId" = ${staff}::uuid AND e."withdrawnAt" IS NULL))
          ORDER BY c."closesOn"), '[]')
        FROM "Contest" c WHERE c."schoolId" = ${school}::uuid AND c.state = 'open') AS "openContests"`;
  return row ?? EMPTY;
}
