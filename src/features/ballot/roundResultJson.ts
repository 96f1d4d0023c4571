// Reads the result stored on a closed round (JSON) back into its type, checked rather than cast.
import { z } from 'zod';
import type { RoundResult } from '../../domain/ballot/roundResult.ts';

const n = z.number().int().min(0);
const schema = z.object({
  totalMembers: n,
  votesNeeded: n,
  nominees: z.array(
    z.object({
      nomineeId: z.string(),
      agree: n,
      disagree: n,
      blank: n,
      writtenAgree: n,
      writtenDisagree: n,
      votesFor: n,
      pctOfTotal: z.string(),
      passed: z.boolean(),
    }),
  ),
});

/** The stored result, or null when the round has none (still open). */
export function readRoundResult(json: unknown): RoundResult | null {
  if (json === null || json === undefined) return null;
  return schema.parse(json);
}
