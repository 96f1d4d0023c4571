// Limits of the public comment form: a parent or a local body writes a few comments, a script does not. Counted from
// the stored comments themselves (so every app instance agrees and a refusal writes nothing).
export const PUBLIC_COMMENT_LIMITS = {
  /** Comments from one client address over every posting in the window. */
  perAddress: 5,
  /** Public comments on one posting in the window, from everyone. */
  perPosting: 100,
  windowMs: 60 * 60_000,
  nameMax: 120,
  contactMax: 200,
  bodyMax: 2000,
} as const;

export type RateLimitReason = 'perAddress' | 'perPosting';

/** Which limit a new public comment would exceed, given the counts in the window; null when it may be taken. */
export function whyRateLimited(counts: { address: number; posting: number }, limits = PUBLIC_COMMENT_LIMITS): RateLimitReason | null {
  if (counts.address >= limits.perAddress) return 'perAddress';
  if (counts.posting >= limits.perPosting) return 'perPosting';
  return null;
}
