// Who may do what with a ballot round. Pure: the viewer's permissions and staff id, the round's state and roll.
// No live tally: results and counts are refused to every role, chair and admin included, until the round is closed.
import type { Permission } from '../../domain/permissions.ts';

export interface BallotViewer {
  staffId: string | null;
  permissions: Set<Permission>;
}

export interface RoundFacts {
  status: 'open' | 'closed';
  mode: 'screen' | 'paper' | 'show_of_hands';
  onRoll: boolean; // the viewer is on the round's roll (present council member)
  voted: boolean; // the viewer's participation is recorded
}

/** The message key why the viewer cannot vote now, or null. */
export function whyNotVote(u: BallotViewer, r: RoundFacts): string | null {
  if (!u.permissions.has('ballot:cast') || !r.onRoll) return 'ballot.refusal.notOnRoll';
  if (r.status !== 'open') return 'ballot.refusal.roundClosed';
  if (r.mode !== 'screen') return 'ballot.refusal.notOnScreen';
  if (r.voted) return 'ballot.refusal.alreadyVoted';
  return null;
}

/** The message key why the viewer cannot see results (any count), or null. Closed rounds only, for everyone. */
export function whyNotSeeResults(u: BallotViewer, r: Pick<RoundFacts, 'status'>): string | null {
  if (r.status !== 'closed') return 'ballot.refusal.resultsHidden';
  if (!u.permissions.has('ballot:cast') && !u.permissions.has('ballot:manage')) return 'error.forbidden.body';
  return null;
}

/** Opening and closing rounds, attendance: the secretary or the chair. */
export function whyNotManage(u: BallotViewer): string | null {
  return u.permissions.has('ballot:manage') ? null : 'ballot.refusal.cannotManage';
}
