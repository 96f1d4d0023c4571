// Council decision form: number, date, and one role per chosen staff member.
import { z } from 'zod';
import { COUNCIL_ROLES } from '../../domain/permissions.ts';
import { requiredDate, requiredText } from '../../http/formFields.ts';

export const councilDecisionForm = z.object({
  number: requiredText(50),
  signedOn: requiredDate,
  members: z.record(z.string(), z.enum(['', ...COUNCIL_ROLES])).default({}),
});

/** Parses members[<staffId>]=<role> pairs out of a urlencoded body (extended: false keeps the keys flat). */
export function membersFromBody(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const m = /^members\[([0-9a-f-]{36})\]$/.exec(k);
    if (m?.[1] && typeof v === 'string') out[m[1]] = v;
  }
  return out;
}
