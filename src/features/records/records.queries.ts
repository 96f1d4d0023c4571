// Who may read whose records (personal years, collective years, eligibility verdicts): a person their own, a group
// leader their collectives', readers of every record (records:view-all) the whole school. Others are not found.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

type Reader = Pick<CurrentUser, 'schoolId' | 'staffId' | 'permissions' | 'ledCollectiveIds'>;

/** Staff whose personal record the reader may open. */
export function visibleStaffRecordsWhere(user: Reader): Prisma.StaffWhereInput {
  if (user.permissions.has('records:view-all')) return { schoolId: user.schoolId };
  return user.staffId ? { schoolId: user.schoolId, id: user.staffId } : { id: { in: [] } };
}

/** Collectives whose record the reader may open. */
export function visibleCollectiveRecordsWhere(user: Reader): Prisma.CollectiveWhereInput {
  if (user.permissions.has('records:view-all')) return { schoolId: user.schoolId };
  return { schoolId: user.schoolId, id: { in: user.ledCollectiveIds } };
}

/** The ids of every staff member and collective whose verdicts the reader may see (eligibility page and exports). */
export async function visibleRecordSubjectIds(prisma: PrismaClient, user: Reader): Promise<Set<string>> {
  const [staff, collectives] = await Promise.all([
    prisma.staff.findMany({ where: visibleStaffRecordsWhere(user), select: { id: true } }),
    prisma.collective.findMany({ where: visibleCollectiveRecordsWhere(user), select: { id: true } }),
  ]);
  return new Set([...staff, ...collectives].map((r) => r.id));
}
