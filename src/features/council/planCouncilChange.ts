// What a council decision changes, worked out before anything is written (pure). A decision states the council's
// whole composition from its effective date: terms it no longer lists end the day before, seats nobody held open,
// and a person who keeps the same role keeps the same term (docs/decisions/008-council-membership-periods.md).
import type { CouncilRoleName } from '../../domain/permissions.ts';

export interface Seat {
  staffId: string;
  role: CouncilRoleName;
}

export interface ExistingTerm extends Seat {
  id: string;
  validFrom: Date;
  validTo: Date | null;
}

export type CouncilChange = { ok: true; end: string[]; open: Seat[]; extend: string[] } | { ok: false; field: 'members' | 'effectiveOn'; messageKey: string };

const key = (s: Seat) => `${s.staffId}:${s.role}`;

/** Plans the change a decision effective on `effectiveOn` makes to the school's terms (all of them, any date). */
export function planCouncilChange(terms: ExistingTerm[], seats: Seat[], effectiveOn: Date): CouncilChange {
  const chairs = seats.filter((s) => s.role === 'chair').length;
  if (chairs === 0) return { ok: false, field: 'members', messageKey: 'council.needsChair' };
  if (chairs > 1) return { ok: false, field: 'members', messageKey: 'council.oneChair' };
  const day = effectiveOn.getTime();
  // A decision cannot slip in before terms that already start on or after its date: history is changed by a new
  // decision from a later date, never rewritten.
  if (terms.some((t) => t.validFrom.getTime() >= day)) return { ok: false, field: 'effectiveOn', messageKey: 'council.laterDecisionExists' };
  const current = terms.filter((t) => t.validTo === null || t.validTo.getTime() >= day);
  const wanted = new Set(seats.map(key));
  const held = new Set(current.map(key));
  return {
    ok: true,
    end: current.filter((t) => !wanted.has(key(t))).map((t) => t.id),
    // A kept term that was due to end (a term of a former yearly council) is renewed: it stays open from now on.
    extend: current.filter((t) => wanted.has(key(t)) && t.validTo !== null).map((t) => t.id),
    open: [...new Map(seats.filter((s) => !held.has(key(s))).map((s) => [key(s), s])).values()],
  };
}
