// Login throttling rules: after `limit` failures a key is locked, the lock doubling with each further failure.

export const LOGIN_LIMITS = {
  perAccount: 5,
  perAddress: 20,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000, // failures older than this start the count again
} as const;

/** How long a key is locked after its n-th failure (0 below the limit). */
export function lockDurationMs(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(LOGIN_LIMITS.maxLockMs, LOGIN_LIMITS.firstLockMs * 2 ** (failures - limit));
}
