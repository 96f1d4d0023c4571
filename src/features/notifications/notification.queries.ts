// A notification is read by the account it was sent to, and nobody else (not even administrators).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

/** The reader's own notifications. */
export function ownNotificationsWhere(user: Pick<CurrentUser, 'id' | 'schoolId'>): Prisma.NotificationWhereInput {
  return { userId: user.id, schoolId: user.schoolId };
}
