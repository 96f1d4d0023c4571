// Independence of scores and what authors see, as pure rules.
import { describe, expect, it } from 'vitest';
import { whyInvalidShares } from '../../../src/domain/initiatives/contributionShares.ts';
import { whyNotSubmit, whyNotWithdraw } from '../../../src/domain/initiatives/initiativeStatus.ts';
import { canSeeOtherScores, reviewProgress } from '../../../src/domain/initiatives/scoreVisibility.ts';

const facts = {
  status: 'under_review' as const,
  authorStaffIds: ['a'],
  reviewerStaffIds: ['r1', 'r2', 'r3'],
  submittedStaffIds: ['r1'],
  recusedStaffIds: ['r3'],
};

describe('score visibility', () => {
  it('a reviewer sees others only after submitting; an author never before the decision; the secretary always', () => {
    expect(canSeeOtherScores({ staffId: 'r2', manages: true }, facts)).toBe(false);
    expect(canSeeOtherScores({ staffId: 'r1', manages: false }, facts)).toBe(true);
    expect(canSeeOtherScores({ staffId: 'r3', manages: false }, facts)).toBe(false);
    expect(canSeeOtherScores({ staffId: 'a', manages: true }, facts)).toBe(false);
    expect(canSeeOtherScores({ staffId: 'a', manages: false }, { ...facts, status: 'recognised' })).toBe(true);
    expect(canSeeOtherScores({ staffId: 'x', manages: true }, facts)).toBe(true);
    expect(canSeeOtherScores({ staffId: 'x', manages: false }, facts)).toBe(false);
  });

  it('the author’s progress counts the reviewers who did not recuse', () => {
    expect(reviewProgress(facts)).toEqual({ done: 1, of: 2 });
  });
});

describe('authors and steps', () => {
  it('shares are whole percentages adding up to 100', () => {
    expect(
      whyInvalidShares([
        { staffId: 'a', sharePct: 60 },
        { staffId: 'b', sharePct: 40 },
      ]),
    ).toBeNull();
    expect(
      whyInvalidShares([
        { staffId: 'a', sharePct: 60 },
        { staffId: 'b', sharePct: 30 },
      ]),
    ).toBe('initiatives.sharesSum');
    expect(
      whyInvalidShares([
        { staffId: 'a', sharePct: 50.5 },
        { staffId: 'b', sharePct: 49.5 },
      ]),
    ).toBe('initiatives.shareWhole');
    expect(
      whyInvalidShares([
        { staffId: 'a', sharePct: 50 },
        { staffId: 'a', sharePct: 50 },
      ]),
    ).toBe('initiatives.duplicateAuthor');
  });

  it('submitting needs a draft before the deadline day ends; withdrawing stops once review starts', () => {
    const deadline = new Date('2026-03-31T00:00:00Z');
    expect(whyNotSubmit('draft', new Date('2026-03-31T00:00:00Z'), deadline)).toBeNull();
    expect(whyNotSubmit('draft', new Date('2026-04-01T00:00:00Z'), deadline)).toBe('initiatives.deadlinePassed');
    expect(whyNotWithdraw('submitted')).toBeNull();
    expect(whyNotWithdraw('under_review')).toBe('initiatives.reviewStarted');
  });
});
