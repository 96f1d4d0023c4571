// Who may do what with a ballot round. Pure: the viewer's permissions and staff id, the round's state and roll.
// No live tally: results and counts are refused to every role, chair and admin included, until the round is closed.
// Every answer is a typed refusal (ADR 009): 403 not yours to do, 409 the round's state rules it out now.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

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

/** Why the viewer cannot vote on screen now, or null. */
export function whyNotVote(u: BallotViewer, r: RoundFacts): Refusal | null {
  if (!u.permissions.has('ballot:cast') || !r.onRoll) return forbidden('ballot.refusal.notOnRoll');
  if (r.status !== 'open') return conflict('ballot.refusal.roundClosed');
  if (r.mode !== 'screen') return conflict('ballot.refusal.notOnScreen');
  if (r.voted) return conflict('ballot.refusal.alreadyVoted');
  return null;
}

/** Why the viewer cannot see results (any count), or null. Closed rounds only, for everyone. */
export function whyNotSeeResults(u: BallotViewer, r: Pick<RoundFacts, 'status'>): Refusal | null {
  if (r.status !== 'closed') return forbidden('ballot.refusal.resultsHidden');
  if (!u.permissions.has('ballot:cast') && !u.permissions.has('ballot:manage')) return forbidden();
  return null;
}

/** Opening and closing rounds, attendance: the secretary or the chair. */
export function whyNotManage(u: BallotViewer): Refusal | null {
  return u.permissions.has('ballot:manage') ? null : forbidden('ballot.refusal.cannotManage');
}
