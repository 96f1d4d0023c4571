// The chair's approval: only the chair (nomination:approve), only once every round of the meeting is closed.
import type { Permission } from '../../domain/permissions.ts';

/** The message key why the viewer cannot approve the meeting's list, or null. */
export function whyNotApprove(u: { permissions: Set<Permission> }, m: { rounds: { status: string }[]; approved: boolean }): string | null {
  if (!u.permissions.has('nomination:approve')) return 'approval.refusal.chairOnly';
  if (m.approved) return 'approval.refusal.already';
  if (m.rounds.length === 0) return 'approval.refusal.noRounds';
  if (m.rounds.some((r) => r.status !== 'closed')) return 'approval.refusal.roundsOpen';
  return null;
}
