// Policy matrix of issue 15 §4: the chair, the vice chair and the secretary manage exemplars; publishing needs a
// recorded consent that has not been withdrawn; a published exemplar is unpublished before it is edited.
import { describe, expect, it } from 'vitest';
import { whyNotEdit, whyNotPublish, whyNotRecordConsent, whyNotUnpublish, whyNotWithdrawConsent } from '../../../src/features/exemplars/exemplar.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const M = '403 exemplars.refusal.manageOnly';
const states = ['draft, no consent', 'draft, consented', 'published', 'consent withdrawn'] as const;
const facts = {
  'draft, no consent': { status: 'draft', consentBy: null, consentWithdrawnAt: null },
  'draft, consented': { status: 'draft', consentBy: 'Nguyễn Văn A', consentWithdrawnAt: null },
  published: { status: 'published', consentBy: 'Nguyễn Văn A', consentWithdrawnAt: null },
  'consent withdrawn': { status: 'withdrawn', consentBy: 'Nguyễn Văn A', consentWithdrawnAt: new Date('2026-11-01T00:00:00Z') },
};
const nobody = [M, M, M, M];
const matrix = (manage: string[]) => ({
  staff: nobody,
  group_leader: nobody,
  council_member: nobody,
  initiative_council: nobody,
  secretary: manage,
  vice_chair: manage,
  chair: manage,
  admin: nobody,
});

describe('publishing an exemplar', () => {
  it.each(
    rows(states, matrix(['409 exemplars.refusal.noConsent', 'allowed', '409 exemplars.refusal.alreadyPublished', '409 exemplars.refusal.consentWithdrawn'])),
  )('%s, %s → %s', (role, state, expected) => {
    expect(outcome(whyNotPublish(person(role), facts[state]))).toBe(expected);
  });
});

describe('the other steps, as a manager', () => {
  const expected = {
    'draft, no consent': {
      edit: 'allowed',
      consent: 'allowed',
      withdraw: '409 exemplars.refusal.noConsentToWithdraw',
      unpublish: '409 exemplars.refusal.notPublished',
    },
    'draft, consented': {
      edit: 'allowed',
      consent: '409 exemplars.refusal.consentRecorded',
      withdraw: 'allowed',
      unpublish: '409 exemplars.refusal.notPublished',
    },
    published: { edit: '409 exemplars.refusal.editPublished', consent: '409 exemplars.refusal.consentRecorded', withdraw: 'allowed', unpublish: 'allowed' },
    'consent withdrawn': {
      edit: 'allowed',
      consent: 'allowed',
      withdraw: '409 exemplars.refusal.noConsentToWithdraw',
      unpublish: '409 exemplars.refusal.notPublished',
    },
  };
  it.each(states)('%s', (state) => {
    const chair = person('chair');
    const f = facts[state];
    expect({
      edit: outcome(whyNotEdit(chair, f)),
      consent: outcome(whyNotRecordConsent(chair, f)),
      withdraw: outcome(whyNotWithdrawConsent(chair, f)),
      unpublish: outcome(whyNotUnpublish(chair, f)),
    }).toEqual(expected[state]);
  });

  it('nobody else may take any of them', () => {
    for (const role of ['staff', 'council_member', 'admin'] as const)
      for (const state of states) expect(outcome(whyNotEdit(person(role), facts[state]))).toBe(M);
  });
});
