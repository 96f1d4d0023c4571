// Policy matrices of issue 13 points 6–7: publishing a list and moderating comments (chair, secretary), commenting
// (every staff member while the period is open), handling a complaint (chair, secretary or its assignee) and
// issuing its reply (chair, secretary; once, when settled).
import { describe, expect, it } from 'vitest';
import { whyNotHandle, whyNotReply } from '../../../src/features/complaints/complaint.policy.ts';
import { whyNotComment, whyNotModerate, whyNotPublish } from '../../../src/features/posting/posting.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const M = '403 posting.refusal.manageOnly';
const OPEN = { endsOn: new Date('2026-12-02T00:00:00Z') };
const NOW = new Date('2026-11-26T03:00:00Z');

describe('publishing an approved list', () => {
  const states = ['approved', 'not approved', 'already posted'] as const;
  const facts = {
    approved: { approved: true, posted: false },
    'not approved': { approved: false, posted: false },
    'already posted': { approved: true, posted: true },
  };
  const manage = ['allowed', '409 posting.refusal.notApproved', '409 posting.refusal.alreadyPosted'];
  it.each(
    rows(states, {
      staff: [M, M, M],
      group_leader: [M, M, M],
      council_member: [M, M, M],
      initiative_council: [M, M, M],
      secretary: manage,
      vice_chair: [M, M, M],
      chair: manage,
      admin: [M, M, M],
    }),
  )('%s, list %s → %s', (role, state, expected) => {
    expect(outcome(whyNotPublish(person(role), facts[state]))).toBe(expected);
  });
});

describe('commenting and moderating', () => {
  it('every staff member comments while open; nobody after the last day; the public form only checks the period', () => {
    expect(outcome(whyNotComment(person('staff'), OPEN, NOW))).toBe('allowed');
    expect(outcome(whyNotComment(person('admin'), OPEN, NOW))).toBe('403 error.forbidden.body');
    expect(outcome(whyNotComment(person('chair'), OPEN, new Date('2026-12-02T17:00:00Z')))).toBe('409 posting.refusal.closed');
    expect(outcome(whyNotComment(null, OPEN, new Date('2026-12-02T16:59:59Z')))).toBe('allowed');
  });

  it('only the chair and the secretary moderate, once', () => {
    expect(outcome(whyNotModerate(person('secretary'), { status: 'pending' }))).toBe('allowed');
    expect(outcome(whyNotModerate(person('chair'), { status: 'accepted' }))).toBe('409 posting.refusal.moderated');
    expect(outcome(whyNotModerate(person('vice_chair'), { status: 'pending' }))).toBe(M);
  });
});

describe('complaints', () => {
  const open = { status: 'in_progress', assigneeStaffId: 'staff-council_member', replyDocumentId: null, outcome: null };
  const settled = { ...open, status: 'settled', outcome: 'Giữ nguyên.' };
  it('the chair, the secretary and the assigned member handle an open case; a settled case is final', () => {
    expect(outcome(whyNotHandle(person('council_member'), open))).toBe('allowed');
    expect(outcome(whyNotHandle(person('vice_chair'), open))).toBe('403 complaints.refusal.manageOrAssignee');
    expect(outcome(whyNotHandle(person('secretary'), open))).toBe('allowed');
    expect(outcome(whyNotHandle(person('chair'), settled))).toBe('409 complaints.refusal.settled');
  });

  it('the reply is issued by the chair or the secretary, once, for a settled case with its outcome', () => {
    expect(outcome(whyNotReply(person('secretary'), settled))).toBe('allowed');
    expect(outcome(whyNotReply(person('council_member'), settled))).toBe('403 complaints.refusal.manageOnly');
    expect(outcome(whyNotReply(person('chair'), open))).toBe('409 complaints.refusal.notSettled');
    expect(outcome(whyNotReply(person('chair'), { ...settled, replyDocumentId: 'doc' }))).toBe('409 complaints.refusal.replied');
  });
});
