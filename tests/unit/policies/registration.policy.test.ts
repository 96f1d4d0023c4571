// Registration policy matrix: every role × the registration's relation to them (and its state) → allowed or the
// exact refusal. "member" is a staff registration of a member of the collective the group leader leads.
import { describe, expect, it } from 'vitest';
import {
  whyNotAddEvidence,
  whyNotEdit,
  whyNotIssueRegister,
  whyNotMarkProgress,
  whyNotRegisterFor,
  whyNotReview,
  whyNotView,
  type RegistrationFacts,
} from '../../../src/features/registrations/registration.policy.ts';
import { outcome, person, rows, type RoleUnderTest } from './matrix.ts';

const RELATIONS = ['own', 'member', 'ledCollective', 'other', 'school'] as const;
type Relation = (typeof RELATIONS)[number];
const STATES = ['draft', 'submitted', 'returned', 'approved'] as const;

function registration(role: RoleUnderTest, relation: Relation, status: RegistrationFacts['status'] = 'draft'): RegistrationFacts {
  const base = { staffId: null, collectiveId: null, staffCollectiveId: null, status };
  switch (relation) {
    case 'own':
      return { ...base, subject: 'staff', staffId: person(role).staffId ?? 'staff-of-nobody', staffCollectiveId: 'collective-other' };
    case 'member':
      return { ...base, subject: 'staff', staffId: 'staff-member', staffCollectiveId: 'collective-led' };
    case 'ledCollective':
      return { ...base, subject: 'collective', collectiveId: 'collective-led' };
    case 'other':
      return { ...base, subject: 'staff', staffId: 'staff-other', staffCollectiveId: 'collective-other' };
    case 'school':
      return { ...base, subject: 'school', collectiveId: 'collective-school' };
  }
}

const A = 'allowed';
const H = '404 error.notFound.body';
const NOT_OWNER = '403 registrations.notOwner';
const NO_REVIEW = '403 registrations.cannotReview';
const ONLY_LEADER = '403 registrations.onlyLeader';

describe('registration policy', () => {
  // prettier-ignore
  const view = rows(RELATIONS, {
    staff:              [A, H, H, H, H],
    group_leader:       [A, A, A, H, H],
    council_member:     [A, A, A, A, A],
    initiative_council: [A, A, A, A, A],
    secretary:          [A, A, A, A, A],
    vice_chair:         [A, A, A, A, A],
    chair:              [A, A, A, A, A],
    admin:              [A, A, A, A, A],
  });
  it.each(view)('view: %s, %s registration → %s', (role, relation, expected) =>
    expect(outcome(whyNotView(person(role), registration(role, relation)))).toBe(expected),
  );

  // prettier-ignore
  const edit = rows(RELATIONS, {
    staff:              [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
    group_leader:       [A, NOT_OWNER, A, NOT_OWNER, NOT_OWNER],
    council_member:     [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
    initiative_council: [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
    secretary:          [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
    vice_chair:         [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
    chair:              [A, NOT_OWNER, NOT_OWNER, NOT_OWNER, A],
    admin:              [NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
  });
  it.each(edit)('edit a draft: %s, %s registration → %s', (role, relation, expected) =>
    expect(outcome(whyNotEdit(person(role), registration(role, relation)))).toBe(expected),
  );

  const OWN_STATES = ['allowed', '409 registrations.awaitingReview', 'allowed', '409 registrations.alreadyApproved'];
  // prettier-ignore
  const editByState = rows(STATES, {
    staff: OWN_STATES, group_leader: OWN_STATES, council_member: OWN_STATES, initiative_council: OWN_STATES,
    secretary: OWN_STATES, vice_chair: OWN_STATES, chair: OWN_STATES, admin: [NOT_OWNER, NOT_OWNER, NOT_OWNER, NOT_OWNER],
  });
  it.each(editByState)('edit one’s own: %s, registration %s → %s', (role, status, expected) =>
    expect(outcome(whyNotEdit(person(role), registration(role, 'own', status)))).toBe(expected),
  );

  const REVIEWER = ['409 registrations.notSubmitted', A, '409 registrations.notSubmitted', '409 registrations.notSubmitted'];
  // prettier-ignore
  const review = rows(STATES, {
    staff: [NO_REVIEW, NO_REVIEW, NO_REVIEW, NO_REVIEW], group_leader: [NO_REVIEW, NO_REVIEW, NO_REVIEW, NO_REVIEW],
    council_member: [NO_REVIEW, NO_REVIEW, NO_REVIEW, NO_REVIEW], initiative_council: [NO_REVIEW, NO_REVIEW, NO_REVIEW, NO_REVIEW],
    secretary: REVIEWER, vice_chair: REVIEWER, chair: REVIEWER, admin: [NO_REVIEW, NO_REVIEW, NO_REVIEW, NO_REVIEW],
  });
  it.each(review)('review: %s, registration %s → %s', (role, status, expected) =>
    expect(outcome(whyNotReview(person(role), registration(role, 'other', status)))).toBe(expected),
  );

  // prettier-ignore
  const evidence = rows(RELATIONS, {
    staff: [A, H, H, H, H], group_leader: [A, H, H, H, H], council_member: [A, H, H, H, H], initiative_council: [A, H, H, H, H],
    secretary: [A, H, H, H, H], vice_chair: [A, H, H, H, H], chair: [A, H, H, H, H], admin: [H, H, H, H, H],
  });
  it.each(evidence)('add evidence: %s, %s registration → %s', (role, relation, expected) =>
    expect(outcome(whyNotAddEvidence(person(role), registration(role, relation)))).toBe(expected),
  );

  const L = ONLY_LEADER;
  // prettier-ignore
  const progress = rows(RELATIONS, {
    staff: [L, L, L, L, L], group_leader: [L, A, L, L, L], council_member: [L, L, L, L, L], initiative_council: [L, L, L, L, L],
    secretary: [L, L, L, L, L], vice_chair: [L, L, L, L, L], chair: [L, L, L, L, L], admin: [L, L, L, L, L],
  });
  it.each(progress)('mark progress: %s, %s registration → %s', (role, relation, expected) =>
    expect(outcome(whyNotMarkProgress(person(role), registration(role, relation)))).toBe(expected),
  );

  // prettier-ignore
  const start = rows(['staff', 'collective', 'school'] as const, {
    staff: [A, NOT_OWNER, NOT_OWNER], group_leader: [A, A, NOT_OWNER], council_member: [A, NOT_OWNER, NOT_OWNER],
    initiative_council: [A, NOT_OWNER, NOT_OWNER], secretary: [A, NOT_OWNER, NOT_OWNER], vice_chair: [A, NOT_OWNER, NOT_OWNER],
    chair: [A, NOT_OWNER, A], admin: [H, NOT_OWNER, NOT_OWNER],
  });
  it.each(start)('register for: %s, as %s → %s', (role, subject, expected) => expect(outcome(whyNotRegisterFor(person(role), subject))).toBe(expected));

  const NO = '403 error.forbidden.body';
  const ISSUER = ['409 registrations.noneApproved', A];
  // prettier-ignore
  const issue = rows(['none approved', 'some approved'] as const, {
    staff: [NO, NO], group_leader: [NO, NO], council_member: [NO, NO], initiative_council: [NO, NO],
    secretary: ISSUER, vice_chair: ISSUER, chair: ISSUER, admin: [NO, NO],
  });
  it.each(issue)('issue the register: %s, %s → %s', (role, state, expected) =>
    expect(outcome(whyNotIssueRegister(person(role), state === 'none approved' ? 0 : 3))).toBe(expected),
  );
});
