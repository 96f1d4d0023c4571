// Sign-in throttling rules (docs/security/auth.md explains the numbers). Failures are counted per account+address
// and per address; a key that passed its free attempts is delayed, the delay doubling with each further failure up
// to a cap. Nothing locks an account as such: its owner, signing in from another address, is never delayed by
// someone else's guesses.

export interface BackoffRule {
  /** Failures allowed before the first delay. */
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const LOGIN_LIMITS = {
  /** One person mistyping, or one attacker guessing one account from one address. */
  perAccountAddress: { free: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 },
  /**
   * Failures only, summed over every account behind one address. A school of 80 staff shares one address; 300
   * failures in an hour is more than every one of them mistyping three times, and far less than a guessing run.
   */
  perAddress: { free: 300, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000 },
  /** Failures older than this start the count again. */
  forgetAfterMs: 60 * 60_000,
} as const satisfies Record<string, BackoffRule | number>;

/** How long a key is delayed after its n-th failure (0 while within its free attempts). */
export function delayAfterFailure(failures: number, rule: BackoffRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(30, failures - rule.free));
}
