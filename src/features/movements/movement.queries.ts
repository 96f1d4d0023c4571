// Scoped reads of movements: a planned movement is the managers' draft, so for anyone else it is not found — in the
// list, on its page, and through its files.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { foundOr404 } from '../../http/refusals.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { seesPlannedMovements } from './movement.policy.ts';

type Reader = Pick<CurrentUser, 'schoolId' | 'permissions'>;

/** Movements a reader may see: the school's, planned ones only for managers (movement:manage). */
export function visibleMovementsWhere(user: Reader): Prisma.MovementWhereInput {
  if (seesPlannedMovements(user)) return { schoolId: user.schoolId };
  if (!user.permissions.has('plan:view')) return { id: { in: [] } };
  return { schoolId: user.schoolId, status: { not: 'planned' } };
}

/** One movement the reader may see, with its collectives and plan, or 404. */
export async function findVisibleMovement(prisma: PrismaClient, user: Reader, id: string) {
  return foundOr404(
    await prisma.movement.findFirst({
      where: { AND: [{ id }, visibleMovementsWhere(user)] },
      include: { collectives: true, plan: { select: { id: true, year: true } } },
    }),
  );
}
