// The one place a route turns a policy's refusal into the HTTP answer (403, 404 or 409 with the reason in the
// reader's language): routes never pick a status for a reason string themselves.
import type { Refusal } from '../domain/refusal.ts';
import { AppError, refusalError } from '../errors.ts';

/** Throws the refusal's AppError; does nothing when the policy allowed (null). */
export function assertAllowed(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}

/** A row from a scoped (visibility-filtered) query, or "not found": hidden and absent rows look the same. */
export function foundOr404<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) throw new AppError('not_found', 'error.notFound.body');
  return row;
}
