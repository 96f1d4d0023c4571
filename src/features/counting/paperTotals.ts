// Reads the per-nominee totals stored on a paper count (JSON), checked.
import { z } from 'zod';

const totalsSchema = z.array(
  z.object({ nominationId: z.string(), agree: z.number().int().min(0), disagree: z.number().int().min(0), blank: z.number().int().min(0) }),
);

/** The stored totals of a paper count. */
export function paperTotalsOf(json: unknown) {
  return totalsSchema.parse(json);
}
