// The signed-in account as every request sees it: its roles and permissions on the current date.
import pg from 'pg';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { permissionsOf, type CouncilRoleName, type Permission, type Role } from '../../domain/permissions.ts';
import { vietnamDay } from '../../domain/deadlines.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { isLocale, type Locale } from '../../i18n/index.ts';

export interface CurrentUser {
  id: string;
  schoolId: string;
  /** The school's name (the home page's heading), read with the account. */
  schoolName: string;
  username: string;
  displayName: string;
  staffId: string | null;
  locale: Locale;
  schoolYear: { id: string; startYear: number } | null;
  roles: Role[];
  permissions: Set<Permission>;
  /** Collectives this account leads (as tổ trưởng). */
  ledCollectiveIds: string[];
  /** Unread notifications, for the header. */
  unreadCount: number;
  /** The school's data version (DataVersion), read with the account: the key of cached pages; null when none yet. */
  dataVersion: string | null;
}

/** The school year containing `now` for a school, or its latest one. */
export async function currentSchoolYear(prisma: PrismaClient, schoolId: string, now: Date) {
  const startYear = schoolYearStartOf(now);
  return (
    (await prisma.schoolYear.findFirst({ where: { schoolId, startYear }, select: { id: true, startYear: true } })) ??
    (await prisma.schoolYear.findFirst({
      where: { schoolId, startYear: { lte: startYear } },
      orderBy: { startYear: 'desc' },
      select: { id: true, startYear: true },
    }))
  );
}

/** A row of the account's context, as the statement returns it. */
export interface CurrentUserRow {
  id: string;
  schoolId: string;
  schoolName: string;
  username: string;
  displayName: string;
  staffId: string | null;
  locale: string;
  isAdmin: boolean;
  disabled: boolean;
  schoolYear: { id: string; startYear: number } | null;
  councilRoles: CouncilRoleName[];
  ledCollectiveIds: string[];
  unreadCount: number;
  dataVersion: string | null;
}

/** The account's context as one SELECT, for the user id, Vietnam day and school-year start given as SQL expressions. */
const accountSql = (userId: string, day: string, startYear: string) => `
    SELECT u.id, u."schoolId", (SELECT s.name FROM "School" s WHERE s.id = u."schoolId") AS "schoolName", u.username, u."displayName", u."staffId", u.locale, u."isAdmin", u.disabled,
      (SELECT json_build_object('id', y.id, 'startYear', y."startYear") FROM "SchoolYear" y
        WHERE y."schoolId" = u."schoolId" AND y."startYear" <= ${startYear} ORDER BY y."startYear" DESC LIMIT 1) AS "schoolYear",
      COALESCE((SELECT array_agg(DISTINCT m.role::text) FROM "CouncilMembership" m
        WHERE m."schoolId" = u."schoolId" AND m."staffId" = u."staffId" AND m."validFrom" <= ${day}
          AND (m."validTo" IS NULL OR m."validTo" >= ${day})), '{}') AS "councilRoles",
      COALESCE((SELECT array_agg(c.id::text) FROM "Collective" c
        WHERE c."schoolId" = u."schoolId" AND c."leaderStaffId" = u."staffId"), '{}') AS "ledCollectiveIds",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."schoolId" = u."schoolId" AND n."readAt" IS NULL) AS "unreadCount",
      (SELECT d.version::text FROM "DataVersion" d WHERE d."schoolId" = u."schoolId") AS "dataVersion"
    FROM "User" u WHERE u.id = ${userId}`;

/** An account id as passport stores it (a uuid); anything else in a session names no account. */
export const ACCOUNT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The account's context in one statement: $1 user id, $2 the Vietnam day (YYYY-MM-DD), $3 the school year's start. */
const CURRENT_USER_SQL = accountSql('$1::uuid', '$2::date', '$3::int');

/**
 * The session row with its account's school's data version, in one statement (issue 16, ADR 022): $1 session id, $2
 * now in epoch seconds (the store's own expiry test). The account is the one passport stored in the session (its id,
 * a uuid; anything else reads no account). With the version, the account's context can come from memory (it is
 * school data: any change to it changes the version).
 */
export const sessionWithVersionSql = (table: string) => `
    SELECT s.sess, u.id AS "accountId", (SELECT d.version::text FROM "DataVersion" d WHERE d."schoolId" = u."schoolId") AS "dataVersion"
      FROM ${table} s
      LEFT JOIN "User" u ON u.id = CASE WHEN s.sess #>> '{passport,user}' ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN (s.sess #>> '{passport,user}')::uuid END
     WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`;

/** The Vietnam day of `now` as YYYY-MM-DD: the day an account's context (its council roles) holds for. */
export const accountDay = (now: Date): string => isoDay(vietnamDay(now));

/** The parameters of the account's context after the session's: the Vietnam day and the school year's start of `now`. */
export const accountParams = (now: Date): [string, number] => [accountDay(now), schoolYearStartOf(now)];

/**
 * Loads an active account with its roles on the Vietnam date of `now`; null when missing or disabled. One statement
 * for what every signed-in request needs (account, school year, council roles, groups led, unread count): it ran as
 * six before (issue 16). The council-term condition is `termsOnDate` of councilMembersOn.ts, written in SQL; the
 * school year is `currentSchoolYear`'s (this year's, else the latest before it). Given the pg pool (as every request
 * does) the statement goes straight to node-postgres: through Prisma's raw query the same statement cost about twice
 * the CPU in Node, on every signed-in request (issue 16's profile); a PrismaClient is accepted too (tests, tools).
 */
export async function loadCurrentUser(db: PrismaClient | pg.Pool, userId: string, now: Date): Promise<CurrentUser | null> {
  const values = [userId, ...accountParams(now)];
  const [user] =
    db instanceof pg.Pool
      ? (await db.query<CurrentUserRow>(CURRENT_USER_SQL, values)).rows
      : await db.$queryRawUnsafe<CurrentUserRow[]>(CURRENT_USER_SQL, ...values);
  return currentUserOf(user);
}

/** The account of a row of the account's context (read alone or with the session); null when missing or disabled. */
export function currentUserOf(user: CurrentUserRow | null | undefined): CurrentUser | null {
  if (!user?.id || user.disabled) return null;
  const roles = new Set<Role>();
  if (user.isAdmin) roles.add('admin');
  if (user.staffId) {
    roles.add('staff');
    // Council roles are those held on the Vietnam date of `now` (terms with validity dates), whatever the year.
    for (const role of user.councilRoles) roles.add(role);
    if (user.ledCollectiveIds.length) roles.add('group_leader');
  }
  return {
    id: user.id,
    schoolId: user.schoolId,
    schoolName: user.schoolName,
    username: user.username,
    displayName: user.displayName,
    staffId: user.staffId,
    locale: isLocale(user.locale) ? user.locale : 'vi',
    schoolYear: user.schoolYear,
    roles: [...roles],
    permissions: permissionsOf(roles),
    ledCollectiveIds: user.staffId ? user.ledCollectiveIds : [],
    unreadCount: user.unreadCount,
    dataVersion: user.dataVersion,
  };
}

/** YYYY-MM-DD of a calendar date held at UTC midnight. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
