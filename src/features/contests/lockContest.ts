// Row locks of the contest commands. Every command that depends on the contest's state (submitting inside the
// window, closing, scoring, publishing) first locks the contest row, then (if any) the entry row: one order, so two
// commands never deadlock, and a submission cannot slip in after the close, nor a score after the publication.
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError, refusalError } from '../../errors.ts';
import type { Permission } from '../../domain/permissions.ts';
import type { Refusal } from '../../domain/refusal.ts';
import type { ContestRuleState, EntryRuleState } from './contest.policy.ts';

export interface LockedContest extends ContestRuleState {
  id: string;
}
export interface LockedEntry extends EntryRuleState {
  id: string;
  contestId: string;
}

/** Locks the school's contest `id` and returns its state; 404 when it is not the school's. */
export async function lockContest(tx: Prisma.TransactionClient, schoolId: string, id: string): Promise<LockedContest> {
  const rows = await tx.$queryRaw<LockedContest[]>`
    SELECT id::text, state::text, "opensOn", "closesOn" FROM "Contest" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  return rows[0];
}

/** Locks the entry `id` of the contest (already locked by the caller); 404 when it is not the contest's. */
export async function lockEntry(tx: Prisma.TransactionClient, schoolId: string, contestId: string, id: string): Promise<LockedEntry> {
  const rows = await tx.$queryRaw<LockedEntry[]>`
    SELECT id::text, "contestId"::text, "authorStaffId"::text, "withdrawnAt" FROM "ContestEntry"
    WHERE id = ${id}::uuid AND "contestId" = ${contestId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  return rows[0];
}

/** Throws the refusal (re-checked under the lock), if any. */
export function recheck(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}

/** The organiser the commands re-check state with: the route has already checked the actor's permission. */
export const ORGANISER: { permissions: Set<Permission> } = { permissions: new Set<Permission>(['contest:manage']) };

/** The entrant `staffId` the entry commands re-check with. */
export const entrant = (staffId: string): { permissions: Set<Permission>; staffId: string } => ({
  permissions: new Set<Permission>(['contest:enter']),
  staffId,
});
