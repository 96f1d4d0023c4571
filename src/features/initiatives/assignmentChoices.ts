// The assignment form's choices: each initiative council member with their conflicts of interest, flagged, and
// barred (offered disabled) when the rule or the year's setting excludes them — the same rule the command applies.
import { barringConflict, conflictsOf, type ConflictKind } from '../../domain/initiatives/conflicts.ts';
import type { InitiativeCouncilMember } from './initiativeCouncil.ts';
import type { FullInitiative } from './initiative.queries.ts';

export interface AssignmentChoice {
  staffId: string;
  fullName: string;
  /** Every conflict, shown beside the name (same collective is shown even when it is allowed). */
  conflicts: ConflictKind[];
  /** The conflict that excludes the member, or null when they may be assigned. */
  barredBy: ConflictKind | null;
  assigned: boolean;
}

/** The council members as choices for reviewing `i`, with their conflicts under the year's setting. */
export function assignmentChoices(council: InitiativeCouncilMember[], i: FullInitiative, excludeSameCollective: boolean): AssignmentChoice[] {
  const facts = {
    authorStaffIds: i.authors.map((a) => a.staffId),
    authorCollectiveIds: i.authors.map((a) => a.staff.collectiveId).filter((c): c is string => c !== null),
    recusedStaffIds: i.recusals.map((r) => r.staffId),
  };
  return council.map((m) => ({
    staffId: m.staffId,
    fullName: m.fullName,
    conflicts: conflictsOf(m, facts),
    barredBy: barringConflict(m, facts, excludeSameCollective),
    assigned: i.reviews.some((r) => r.reviewerStaffId === m.staffId),
  }));
}
