// Council decision form: number, signing and effective dates, and the whole council from the effective date — one
// council role per person (members[<staffId>]) and a seat on the initiative council (initiative[<staffId>]).
import { z } from 'zod';
import { COUNCIL_ROLES, type CouncilRoleName } from '../../domain/permissions.ts';
import { optionalDate, requiredDate, requiredText } from '../../http/formFields.ts';

export const councilDecisionForm = z.object({
  number: requiredText(50),
  signedOn: requiredDate,
  effectiveOn: optionalDate,
  members: z.record(z.string(), z.enum(['', ...COUNCIL_ROLES], { message: 'form.choose' })).default({}),
  initiative: z.array(z.string()).default([]),
  initiativeChair: z.union([z.literal(''), z.uuid({ message: 'form.choose' })]).default(''),
});

/** The values the form shows back: members[<staffId>] = role, initiative = staff ids with a seat. */
export interface CouncilFormValues {
  number: string;
  signedOn: string;
  effectiveOn: string;
  members: Record<string, string>;
  initiative: string[];
  /** The staff id chosen as the initiative council's chair ('' for none). */
  initiativeChair: string;
}

const UUID_KEY = '([0-9a-f-]{36})';

/** Parses members[<staffId>]=<role> pairs out of a urlencoded body (extended: false keeps the keys flat). */
export function membersFromBody(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const m = new RegExp(`^members\\[${UUID_KEY}\\]$`).exec(k);
    if (m?.[1] && typeof v === 'string') out[m[1]] = v;
  }
  return out;
}

/** The staff ids ticked in initiative[<staffId>] checkboxes. */
export function initiativeFromBody(body: Record<string, unknown>): string[] {
  return Object.entries(body).flatMap(([k, v]) => {
    const m = new RegExp(`^initiative\\[${UUID_KEY}\\]$`).exec(k);
    return m?.[1] && (v === 'on' || v === 'true') ? [m[1]] : [];
  });
}

/** The seats a submitted form gives: each chosen council role, and each initiative council seat (its chair included). */
export function seatsOf(members: Record<string, string>, initiative: string[], initiativeChair = ''): Array<{ staffId: string; role: CouncilRoleName }> {
  if (initiativeChair && !initiative.includes(initiativeChair)) initiative = [...initiative, initiativeChair];
  const seats = Object.entries(members)
    .filter(([, role]) => role !== '')
    .map(([staffId, role]) => ({ staffId, role: role as CouncilRoleName }));
  return [
    ...seats,
    ...initiative
      .filter((id) => !seats.some((s) => s.staffId === id && s.role === 'initiative_council'))
      .map((staffId) => ({ staffId, role: 'initiative_council' as const })),
  ];
}
