// May this council member open the scoring form of this initiative? The pair can/why-not of every policy: the reason
// is a catalogue key shown to the reviewer (an author is told it is their own initiative, not just "forbidden").
import { barringConflict, type ConflictFacts } from './conflicts.ts';
import { canScoreIn, type InitiativeStatus } from './initiativeStatus.ts';

export interface ScoreAttempt extends ConflictFacts {
  status: InitiativeStatus;
  assignedStaffIds: readonly string[];
}

/** Why the member may not score, or null. Conflicts come first: they hold even for an assignment made by hand. */
export function whyNotScore(
  reviewer: { staffId: string | null; collectiveId: string | null; canScore: boolean },
  i: ScoreAttempt,
  excludeSameCollective: boolean,
): string | null {
  if (!reviewer.staffId || !reviewer.canScore) return 'initiatives.notOnCouncil';
  const conflict = barringConflict({ staffId: reviewer.staffId, collectiveId: reviewer.collectiveId }, i, excludeSameCollective);
  if (conflict === 'author') return 'initiatives.ownInitiative';
  if (conflict === 'recused') return 'initiatives.recusedAlready';
  if (conflict === 'same_collective') return 'initiatives.sameCollective';
  if (!i.assignedStaffIds.includes(reviewer.staffId)) return 'initiatives.notAssigned';
  if (!canScoreIn(i.status)) return 'initiatives.notUnderReview';
  return null;
}
