// The audit trail is read by those with audit:view (administrators, chair, vice chair), for their own school only.
// A council year's own history is read through the council policy instead (council.routes).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

/** Audit events the reader may browse. */
export function visibleAuditEventsWhere(user: Pick<CurrentUser, 'schoolId' | 'permissions'>): Prisma.AuditEventWhereInput {
  return user.permissions.has('audit:view') ? { schoolId: user.schoolId } : { id: { in: [] } };
}
