// Accounts are listed and managed by account managers, within their own school.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

/** Accounts the reader may see on the administration page. */
export function visibleUsersWhere(user: Pick<CurrentUser, 'schoolId' | 'permissions'>): Prisma.UserWhereInput {
  return user.permissions.has('user:manage') ? { schoolId: user.schoolId } : { id: { in: [] } };
}
