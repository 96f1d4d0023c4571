// Automatic reviewer assignment, balanced by load. Authors (and other barred members) are filtered out before any
// choice is made, so no ordering or tie can ever assign an author to their own initiative.
import { barringConflict, type ConflictFacts, type ReviewerFacts } from './conflicts.ts';

export interface AssignableInitiative extends ConflictFacts {
  id: string;
  /** Reviewers already assigned (kept; they count towards the required number). */
  assignedStaffIds: readonly string[];
}

export interface CouncilMemberLoad extends ReviewerFacts {
  /** Reviews already held (this year's open assignments). */
  load: number;
}

export interface AssignmentPlan {
  assignments: { initiativeId: string; staffId: string }[];
  /** Initiatives that could not reach the required number: how many are missing. */
  short: { initiativeId: string; missing: number }[];
}

/**
 * Gives every initiative up to `perInitiative` reviewers: for each missing seat, the eligible member with the least
 * load (ties: fewer assignments in this run, then staff id, so the result is deterministic).
 */
export function planAssignments(
  members: readonly CouncilMemberLoad[],
  initiatives: readonly AssignableInitiative[],
  perInitiative: number,
  excludeSameCollective: boolean,
): AssignmentPlan {
  const load = new Map(members.map((m) => [m.staffId, m.load]));
  const assignments: AssignmentPlan['assignments'] = [];
  const short: AssignmentPlan['short'] = [];
  // Initiatives with the fewest eligible members first, so scarce reviewers go where they are needed.
  const eligibleOf = (i: AssignableInitiative) => members.filter((m) => barringConflict(m, i, excludeSameCollective) === null);
  const ordered = [...initiatives].sort((a, b) => eligibleOf(a).length - eligibleOf(b).length || a.id.localeCompare(b.id));
  for (const i of ordered) {
    const taken = new Set(i.assignedStaffIds);
    let missing = Math.max(0, perInitiative - taken.size);
    while (missing > 0) {
      const pick = eligibleOf(i)
        .filter((m) => !taken.has(m.staffId))
        .sort((a, b) => load.get(a.staffId)! - load.get(b.staffId)! || a.staffId.localeCompare(b.staffId))[0];
      if (!pick) break;
      taken.add(pick.staffId);
      load.set(pick.staffId, load.get(pick.staffId)! + 1);
      assignments.push({ initiativeId: i.id, staffId: pick.staffId });
      missing--;
    }
    if (missing > 0) short.push({ initiativeId: i.id, missing });
  }
  return { assignments, short };
}
