// The signed-in account as every request sees it: its roles and permissions on the current date.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { permissionsOf, type CouncilRoleName, type Permission, type Role } from '../../domain/permissions.ts';
import { vietnamDay } from '../../domain/deadlines.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { isLocale, type Locale } from '../../i18n/index.ts';

export interface CurrentUser {
  id: string;
  schoolId: string;
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

interface CurrentUserRow {
  id: string;
  schoolId: string;
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
}

/**
 * Loads an active account with its roles on the Vietnam date of `now`; null when missing or disabled. One statement
 * for what every signed-in request needs (account, school year, council roles, groups led, unread count): it ran as
 * six before (issue 16). The council-term condition is `termsOnDate` of councilMembersOn.ts, written in SQL; the
 * school year is `currentSchoolYear`'s (this year's, else the latest before it).
 */
export async function loadCurrentUser(prisma: PrismaClient, userId: string, now: Date): Promise<CurrentUser | null> {
  const day = isoDay(vietnamDay(now));
  const startYear = schoolYearStartOf(now);
  const [user] = await prisma.$queryRaw<CurrentUserRow[]>`
    SELECT u.id, u."schoolId", u.username, u."displayName", u."staffId", u.locale, u."isAdmin", u.disabled,
      (SELECT json_build_object('id', y.id, 'startYear', y."startYear") FROM "SchoolYear" y
        WHERE y."schoolId" = u."schoolId" AND y."startYear" <= ${startYear} ORDER BY y."startYear" DESC LIMIT 1) AS "schoolYear",
      COALESCE((SELECT array_agg(DISTINCT m.role::text) FROM "CouncilMembership" m
        WHERE m."schoolId" = u."schoolId" AND m."staffId" = u."staffId" AND m."validFrom" <= ${day}::date
          AND (m."validTo" IS NULL OR m."validTo" >= ${day}::date)), '{}') AS "councilRoles",
      COALESCE((SELECT array_agg(c.id::text) FROM "Collective" c
        WHERE c."schoolId" = u."schoolId" AND c."leaderStaffId" = u."staffId"), '{}') AS "ledCollectiveIds",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."schoolId" = u."schoolId" AND n."readAt" IS NULL) AS "unreadCount"
    FROM "User" u WHERE u.id = ${userId}::uuid`;
  if (!user || user.disabled) return null;
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
    username: user.username,
    displayName: user.displayName,
    staffId: user.staffId,
    locale: isLocale(user.locale) ? user.locale : 'vi',
    schoolYear: user.schoolYear,
    roles: [...roles],
    permissions: permissionsOf(roles),
    ledCollectiveIds: user.staffId ? user.ledCollectiveIds : [],
    unreadCount: user.unreadCount,
  };
}

/** YYYY-MM-DD of a calendar date held at UTC midnight. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
