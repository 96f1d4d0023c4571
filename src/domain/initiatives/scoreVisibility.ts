// Who sees which score. Independence: an assigned reviewer sees no other score or comment until their own is
// submitted; an author never sees a score before the decision, only the progress ("đang chấm (1/2)").
import type { InitiativeStatus } from './initiativeStatus.ts';

export interface ScoreViewer {
  staffId: string | null;
  /** Organises the council (secretary) or recognises (chair). */
  manages: boolean;
}

export interface ScoreVisibilityFacts {
  status: InitiativeStatus;
  authorStaffIds: readonly string[];
  /** Assigned reviewers (recused ones included: they must not see either). */
  reviewerStaffIds: readonly string[];
  /** Reviewers with a submitted score. */
  submittedStaffIds: readonly string[];
  /** Reviewers who declared a conflict: they no longer count towards the progress. */
  recusedStaffIds: readonly string[];
}

const DECIDED: readonly InitiativeStatus[] = ['recognised', 'not_recognised'];

/** Whether the viewer may see the scores and comments of other reviewers. */
export function canSeeOtherScores(v: ScoreViewer, i: ScoreVisibilityFacts): boolean {
  const isAuthor = v.staffId !== null && i.authorStaffIds.includes(v.staffId);
  if (isAuthor) return DECIDED.includes(i.status);
  const isReviewer = v.staffId !== null && i.reviewerStaffIds.includes(v.staffId);
  if (isReviewer) return i.submittedStaffIds.includes(v.staffId!);
  return v.manages;
}

/** The author's progress line: how many of the assigned reviewers have submitted. */
export function reviewProgress(i: ScoreVisibilityFacts): { done: number; of: number } {
  // An author forced onto their own initiative can never score it: they do not count either.
  const active = i.reviewerStaffIds.filter((s) => !i.recusedStaffIds.includes(s) && !i.authorStaffIds.includes(s));
  return { done: active.filter((s) => i.submittedStaffIds.includes(s)).length, of: active.length };
}
