// Movement policy matrix: who sees a movement in each status, and who may move it which step.
import { describe, expect, it } from 'vitest';
import { summaryRequired, whyNotMoveStatus, whyNotView } from '../../../src/features/movements/movement.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const STATUSES = ['planned', 'launched', 'midterm_reviewed', 'closed'] as const;
const A = 'allowed';
const HIDDEN = '404 error.notFound.body';

describe('movement policy', () => {
  // prettier-ignore
  const view = rows(STATUSES, {
    staff:              [HIDDEN, A, A, A],
    group_leader:       [HIDDEN, A, A, A],
    council_member:     [HIDDEN, A, A, A],
    initiative_council: [HIDDEN, A, A, A],
    secretary:          [HIDDEN, A, A, A],
    vice_chair:         [A, A, A, A],
    chair:              [A, A, A, A],
    admin:              [HIDDEN, HIDDEN, HIDDEN, HIDDEN],
  });
  it.each(view)('view: %s, movement %s → %s', (role, status, expected) => expect(outcome(whyNotView(person(role), { status }))).toBe(expected));

  // Moving to the next step from each status (planned→launched, launched→midterm_reviewed, midterm_reviewed→closed);
  // from closed there is no next step, so the attempt "closed → planned" is refused as a bad transition.
  const next = { planned: 'launched', launched: 'midterm_reviewed', midterm_reviewed: 'closed', closed: 'planned' } as const;
  const NO = '403 error.forbidden.body';
  const BAD = '409 movements.badTransition';
  // prettier-ignore
  const step = rows(STATUSES, {
    staff: [NO, NO, NO, NO], group_leader: [NO, NO, NO, NO], council_member: [NO, NO, NO, NO], initiative_council: [NO, NO, NO, NO],
    secretary: [NO, NO, NO, NO], vice_chair: [A, A, A, BAD], chair: [A, A, A, BAD], admin: [NO, NO, NO, NO],
  });
  it.each(step)('next step: %s, movement %s → %s', (role, from, expected) => expect(outcome(whyNotMoveStatus(person(role), from, next[from]))).toBe(expected));

  it.each([
    ['planned', 'midterm_reviewed'],
    ['launched', 'closed'],
    ['closed', 'midterm_reviewed'],
    ['launched', 'planned'],
  ] as const)('a manager may not jump or go back: %s → %s is 409', (from, to) => {
    expect(outcome(whyNotMoveStatus(person('chair'), from, to))).toBe(BAD);
  });

  it('sơ kết and tổng kết need the results written; launching does not', () => {
    expect([
      summaryRequired('launched', ''),
      summaryRequired('midterm_reviewed', ' '),
      summaryRequired('closed', ''),
      summaryRequired('closed', 'Kết quả'),
    ]).toEqual([false, true, true, false]);
  });
});
