// Conflicts of interest on the initiative council: an author never reviews their own initiative; a member of an
// author's collective is flagged (and excluded when the school says so); a recused reviewer is out for good.
export type ConflictKind = 'author' | 'same_collective' | 'recused';

export interface ConflictFacts {
  authorStaffIds: readonly string[];
  /** Collectives (tổ) the authors belong to. */
  authorCollectiveIds: readonly string[];
  /** Reviewers who declared a conflict on this initiative. */
  recusedStaffIds: readonly string[];
}

export interface ReviewerFacts {
  staffId: string;
  collectiveId: string | null;
}

/** Every conflict a council member has with an initiative (empty when none). */
export function conflictsOf(reviewer: ReviewerFacts, i: ConflictFacts): ConflictKind[] {
  const out: ConflictKind[] = [];
  if (i.authorStaffIds.includes(reviewer.staffId)) out.push('author');
  if (reviewer.collectiveId !== null && i.authorCollectiveIds.includes(reviewer.collectiveId)) out.push('same_collective');
  if (i.recusedStaffIds.includes(reviewer.staffId)) out.push('recused');
  return out;
}

/** The conflict that bars a member from reviewing, or null: same collective only when the setting excludes it. */
export function barringConflict(reviewer: ReviewerFacts, i: ConflictFacts, excludeSameCollective: boolean): ConflictKind | null {
  const all = conflictsOf(reviewer, i);
  if (all.includes('author')) return 'author';
  if (all.includes('recused')) return 'recused';
  if (excludeSameCollective && all.includes('same_collective')) return 'same_collective';
  return null;
}
