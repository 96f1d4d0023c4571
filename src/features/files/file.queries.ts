// Stored files have no reading rule of their own: a file is visible exactly when its owner is. Each owner type
// delegates to its feature's visibility; an owner type without an entry here is never served (not found).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { foundOr404 } from '../../http/refusals.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { visibleContestEntriesWhere } from '../contests/contest.queries.ts';
import { visibleExemplarsWhere } from '../exemplars/exemplar.queries.ts';
import { visibleMovementsWhere } from '../movements/movement.queries.ts';
import { visibleNominationsWhere } from '../nominations/nominationVisibility.ts';
import { visibleRegistrationsWhere } from '../registrations/registration.queries.ts';

type Reader = Pick<CurrentUser, 'id' | 'schoolId' | 'staffId' | 'permissions' | 'ledCollectiveIds'>;
type OwnerVisible = (prisma: PrismaClient, user: Reader, ownerId: string) => Promise<boolean>;

/** Owner type → "may this reader see that owner?", through the owner's own where-builder. */
export const FILE_OWNERS: Readonly<Record<string, OwnerVisible>> = {
  Movement: async (prisma, user, ownerId) => (await prisma.movement.count({ where: { AND: [{ id: ownerId }, visibleMovementsWhere(user)] } })) > 0,
  // Nomination evidence: the people who see the nomination list (proposers and the council), within the school.
  Nomination: async (prisma, user, ownerId) => (await prisma.nomination.count({ where: { AND: [{ id: ownerId }, visibleNominationsWhere(user)] } })) > 0,
  // A complaint's scan: the council (complaint:view), within the school.
  Complaint: async (prisma, user, ownerId) =>
    user.permissions.has('complaint:view') && (await prisma.complaint.count({ where: { id: ownerId, schoolId: user.schoolId } })) > 0,
  Registration: async (prisma, user, ownerId) =>
    (await prisma.registration.count({ where: { AND: [{ id: ownerId }, await visibleRegistrationsWhere(prisma, user)] } })) > 0,
  // An exemplar's photos: whoever sees the exemplar (published ones: everyone signed in; all: exemplar:manage).
  Exemplar: async (prisma, user, ownerId) => (await prisma.exemplar.count({ where: { AND: [{ id: ownerId }, visibleExemplarsWhere(user)] } })) > 0,
  // A contest entry's file: whoever sees the entry (its author, the organisers, everyone once results are published).
  ContestEntry: async (prisma, user, ownerId) => (await prisma.contestEntry.count({ where: { AND: [{ id: ownerId }, visibleContestEntriesWhere(user)] } })) > 0,
};

/** A stored file (with its bytes) whose owner the reader may see, or 404 — the same answer as a missing file. */
export async function findVisibleFile(prisma: PrismaClient, user: Reader, id: string) {
  const meta = foundOr404(await prisma.storedFile.findFirst({ where: { id, schoolId: user.schoolId }, select: { ownerType: true, ownerId: true } }));
  // Object.hasOwn: an owner type such as "constructor" must not reach the prototype.
  const ownerVisible = Object.hasOwn(FILE_OWNERS, meta.ownerType) ? FILE_OWNERS[meta.ownerType] : undefined;
  if (!ownerVisible || !(await ownerVisible(prisma, user, meta.ownerId))) foundOr404(null);
  return prisma.storedFile.findUniqueOrThrow({ where: { id }, select: { fileName: true, mimeType: true, content: true } });
}
