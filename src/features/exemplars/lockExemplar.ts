// The exemplar's row, locked for the rest of the transaction: two clicks (publish and withdraw consent) are
// serialised, and each command re-checks its rule on the state it locked.
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError, refusalError } from '../../errors.ts';
import type { Permission } from '../../domain/permissions.ts';
import type { Refusal } from '../../domain/refusal.ts';
import type { ExemplarState } from './exemplar.policy.ts';

export interface LockedExemplar extends ExemplarState {
  id: string;
  title: string;
}

/** Locks the school's exemplar `id` and returns its state; 404 when it is not the school's. */
export async function lockExemplar(tx: Prisma.TransactionClient, schoolId: string, id: string): Promise<LockedExemplar> {
  const rows = await tx.$queryRaw<Array<{ id: string; title: string; status: string; consentBy: string | null; consentWithdrawnAt: Date | null }>>`
    SELECT id::text, title, status::text, "consentBy", "consentWithdrawnAt" FROM "Exemplar"
    WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  return rows[0];
}

/** Throws the refusal (re-checked under the lock), if any. */
export function recheck(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}

/** The viewer the commands re-check state with: the route has already checked the actor's permission. */
export const MANAGER: { permissions: Set<Permission> } = { permissions: new Set<Permission>(['exemplar:manage']) };
