// Whether a nomination may go before the council: an engine verdict other than "đủ điều kiện" needs a written
// justification, which the council sees beside the nominee.
export const MIN_JUSTIFICATION_LENGTH = 20;

/** The message key (verdict: a VerdictStatus as stored, or null when never evaluated) of the reason a nomination cannot go forward, or null when it can. */
export function whyNotForward(verdict: string | null, justification: string | null | undefined): string | null {
  if (verdict === 'eligible') return null;
  const text = (justification ?? '').trim();
  if (text.length === 0) return 'nominations.refusal.justificationRequired';
  if (text.length < MIN_JUSTIFICATION_LENGTH) return 'nominations.refusal.justificationTooShort';
  return null;
}
