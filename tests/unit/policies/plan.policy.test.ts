// Plan policy matrix: every role × every plan state → allowed or the exact refusal.
import { describe, expect, it } from 'vitest';
import { whyNotApprove, whyNotEdit, whyNotReadDraft, whyNotReturn, whyNotSubmit } from '../../../src/features/plans/plan.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const STATES = ['draft', 'submitted', 'approved'] as const;
const A = 'allowed';
const CANNOT_EDIT = '403 plan.cannotEdit';
const ONLY_CHAIR = '403 plan.onlyChairApproves';

describe('plan policy', () => {
  // prettier-ignore
  const edit = rows(STATES, {
    staff:              [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    group_leader:       [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    council_member:     [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    initiative_council: [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    secretary:          [A, '409 plan.awaitingApproval', A],
    vice_chair:         [A, '409 plan.awaitingApproval', A],
    chair:              [A, '409 plan.awaitingApproval', A],
    admin:              [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
  });
  it.each(edit)('edit: %s, plan %s → %s', (role, status, expected) => expect(outcome(whyNotEdit(person(role), { status }))).toBe(expected));

  // prettier-ignore
  const submit = rows(STATES, {
    staff:              [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    group_leader:       [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    council_member:     [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    initiative_council: [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
    secretary:          [A, '409 plan.alreadySubmitted', '409 plan.nothingToSubmit'],
    vice_chair:         [A, '409 plan.alreadySubmitted', '409 plan.nothingToSubmit'],
    chair:              [A, '409 plan.alreadySubmitted', '409 plan.nothingToSubmit'],
    admin:              [CANNOT_EDIT, CANNOT_EDIT, CANNOT_EDIT],
  });
  it.each(submit)('submit: %s, plan %s → %s', (role, status, expected) => expect(outcome(whyNotSubmit(person(role), { status }))).toBe(expected));

  // prettier-ignore
  const approve = rows(STATES, {
    staff:              [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    group_leader:       [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    council_member:     [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    initiative_council: [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    secretary:          [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    vice_chair:         [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    chair:              ['409 plan.notSubmitted', A, '409 plan.alreadyApproved'],
    admin:              [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
  });
  it.each(approve)('approve: %s, plan %s → %s', (role, status, expected) => expect(outcome(whyNotApprove(person(role), { status }))).toBe(expected));

  // prettier-ignore
  const giveBack = rows(STATES, {
    staff:              [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    group_leader:       [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    council_member:     [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    initiative_council: [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    secretary:          [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    vice_chair:         [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
    chair:              ['409 plan.notSubmitted', A, '409 plan.notSubmitted'],
    admin:              [ONLY_CHAIR, ONLY_CHAIR, ONLY_CHAIR],
  });
  it.each(giveBack)('return: %s, plan %s → %s', (role, status, expected) => expect(outcome(whyNotReturn(person(role), { status }))).toBe(expected));

  // The current text (draft) of any plan: only those who work on plans; for the others it does not exist.
  // prettier-ignore
  const draft = rows(['any'] as const, {
    staff: ['404 error.notFound.body'], group_leader: ['404 error.notFound.body'], council_member: ['404 error.notFound.body'],
    initiative_council: ['404 error.notFound.body'], secretary: [A], vice_chair: [A], chair: [A], admin: ['404 error.notFound.body'],
  });
  it.each(draft)('read the draft: %s (%s) → %s', (role, _state, expected) => expect(outcome(whyNotReadDraft(person(role)))).toBe(expected));
});
