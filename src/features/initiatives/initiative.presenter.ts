// Initiative rows → what the pages show. Scores only ever leave here when the score-visibility rule allows it, so a
// page, an export or the JSON view cannot reveal another reviewer's score to someone who may not see it.
import { reviewProgress, canSeeOtherScores } from '../../domain/initiatives/scoreVisibility.ts';
import { manages, type InitiativeFacts, type InitiativeViewer } from './initiative.policy.ts';
import { validScores, type FullInitiative } from './initiative.queries.ts';

/** The policy facts of an initiative. */
export function factsOf(i: FullInitiative): InitiativeFacts {
  return {
    status: i.status,
    source: i.source,
    authorStaffIds: i.authors.map((a) => a.staffId),
    reviewerStaffIds: i.reviews.map((r) => r.reviewerStaffId),
  };
}

/** The score-visibility facts of an initiative. */
export function visibilityFacts(i: FullInitiative) {
  const valid = validScores(i);
  return {
    status: i.status,
    authorStaffIds: i.authors.map((a) => a.staffId),
    reviewerStaffIds: i.reviews.map((r) => r.reviewerStaffId),
    submittedStaffIds: [...new Set(i.scores.map((s) => s.reviewerStaffId))].filter((id) => valid.some((v) => v.reviewerStaffId === id)),
    recusedStaffIds: i.recusals.map((r) => r.staffId),
  };
}

export interface ScoreView {
  reviewer: string;
  reviewerStaffId: string;
  version: number;
  total: number;
  points: Record<string, number>;
  comment: string;
  correctionReason: string | null;
  submittedAt: Date;
  valid: boolean;
}

/** The scores the viewer may see: all versions for those allowed, only their own otherwise. */
export function visibleScores(u: InitiativeViewer, i: FullInitiative): ScoreView[] {
  const all = canSeeOtherScores({ staffId: u.staffId, manages: manages(u) }, visibilityFacts(i));
  const valid = new Set(validScores(i).map((s) => s.id));
  const name = (staffId: string) => i.reviews.find((r) => r.reviewerStaffId === staffId)?.reviewer.fullName ?? '';
  return i.scores
    .filter((s) => all || s.reviewerStaffId === u.staffId)
    .map((s) => ({
      reviewer: name(s.reviewerStaffId),
      reviewerStaffId: s.reviewerStaffId,
      version: s.version,
      total: Number(s.total),
      points: s.points as Record<string, number>,
      comment: s.comment,
      correctionReason: s.correctionReason,
      submittedAt: s.submittedAt,
      valid: valid.has(s.id),
    }));
}

/** The result the viewer may see: mean and grade only with the scores; the progress (1/2) for everyone. */
export function resultView(u: InitiativeViewer, i: FullInitiative) {
  const facts = visibilityFacts(i);
  const showScores = canSeeOtherScores({ staffId: u.staffId, manages: manages(u) }, facts);
  return {
    progress: reviewProgress(facts),
    mean: showScores && i.meanScore !== null ? Number(i.meanScore) : null,
    grade: showScores ? i.grade : null,
    showScores,
  };
}
