// The signed-in account as every request sees it: its roles and permissions on the current date.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { permissionsOf, type Permission, type Role } from '../../domain/permissions.ts';
import { vietnamDay } from '../../domain/deadlines.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { councilMembersOn } from '../council/councilMembersOn.ts';
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

/** Loads an active account with its roles on the Vietnam date of `now`; null when missing or disabled. */
export async function loadCurrentUser(prisma: PrismaClient, userId: string, now: Date): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.disabled) return null;
  const schoolYear = await currentSchoolYear(prisma, user.schoolId, now);
  const roles = new Set<Role>();
  if (user.isAdmin) roles.add('admin');
  let ledCollectiveIds: string[] = [];
  if (user.staffId) {
    roles.add('staff');
    // Council roles are those held on the Vietnam date of `now` (terms with validity dates), whatever the year.
    for (const m of await councilMembersOn(prisma, user.schoolId, vietnamDay(now), 'all', { staffId: user.staffId })) roles.add(m.role);
    const led = await prisma.collective.findMany({ where: { schoolId: user.schoolId, leaderStaffId: user.staffId }, select: { id: true } });
    ledCollectiveIds = led.map((c) => c.id);
    if (ledCollectiveIds.length) roles.add('group_leader');
  }
  return {
    id: user.id,
    schoolId: user.schoolId,
    username: user.username,
    displayName: user.displayName,
    staffId: user.staffId,
    locale: isLocale(user.locale) ? user.locale : 'vi',
    schoolYear,
    roles: [...roles],
    permissions: permissionsOf(roles),
    ledCollectiveIds,
  };
}
