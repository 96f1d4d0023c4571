// The chair's approval: only the chair (nomination:approve), only once every round of the meeting is closed.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

/** Why the viewer cannot approve the meeting's list, or null. */
export function whyNotApprove(u: { permissions: Set<Permission> }, m: { rounds: { status: string }[]; approved: boolean }): Refusal | null {
  if (!u.permissions.has('nomination:approve')) return forbidden('approval.refusal.chairOnly');
  if (m.approved) return conflict('approval.refusal.already');
  if (m.rounds.length === 0) return conflict('approval.refusal.noRounds');
  if (m.rounds.some((r) => r.status !== 'closed')) return conflict('approval.refusal.roundsOpen');
  return null;
}
