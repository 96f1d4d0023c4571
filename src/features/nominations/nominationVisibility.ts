// Who sees a nomination: the people who see the year's list (proposers and the council), within their school. One
// where-builder serves the list, the detail page and the download of its evidence files.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';

/** The nominations the reader may see (none when the reader neither proposes nor sits on the council). */
export function visibleNominationsWhere(user: { schoolId: string; permissions: Set<Permission> }): Prisma.NominationWhereInput {
  const sees = user.permissions.has('nomination:propose') || user.permissions.has('ballot:cast');
  return sees ? { schoolId: user.schoolId } : { schoolId: user.schoolId, id: { in: [] } };
}
