// The contest's policy matrix (issue 15 §4): who may run the contest, who may submit, edit, withdraw and score, and
// in which state and on which Vietnam day.
import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '../../../src/domain/permissions.ts';
import {
  whyNotClose,
  whyNotEditContest,
  whyNotEditEntry,
  whyNotOpen,
  whyNotPublish,
  whyNotScore,
  whyNotSubmit,
  whyNotWithdrawEntry,
} from '../../../src/features/contests/contest.policy.ts';

const as = (role: Role, staffId: string | null = 'S1') => ({ permissions: permissionsOf([role]), staffId });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const contest = (state: string) => ({ state, opensOn: day('2026-11-01'), closesOn: day('2026-11-30') });
// 30/11 at 23:30 in Vietnam is 16:30 UTC: still inside the window; 01/12 00:30 in Vietnam (17:30 UTC on 30/11) is not.
const inside = new Date('2026-11-30T16:30:00Z');
const after = new Date('2026-11-30T17:30:00Z');
const before = new Date('2026-10-31T16:59:00Z');
const mine = { authorStaffId: 'S1', withdrawnAt: null };
const theirs = { authorStaffId: 'S2', withdrawnAt: null };

describe('running the contest', () => {
  it.each(['chair', 'vice_chair', 'secretary'] as const)('%s may open, close, score and publish', (role) => {
    expect(whyNotOpen(as(role), contest('draft'))).toBeNull();
    expect(whyNotClose(as(role), contest('open'))).toBeNull();
    expect(whyNotScore(as(role), contest('closed'), theirs)).toBeNull();
    // Never their own entry (403 with its reason), as no one scores their own initiative.
    expect(whyNotScore(as(role), contest('closed'), mine)?.messageKey).toBe('contests.refusal.ownEntryScore');
    expect(whyNotPublish(as(role), contest('closed'), { live: 2, unscored: 0 })).toBeNull();
  });
  it.each(['staff', 'group_leader', 'council_member', 'initiative_council'] as const)('%s may not (403)', (role) => {
    expect(whyNotOpen(as(role), contest('draft'))?.status).toBe(403);
    expect(whyNotClose(as(role), contest('open'))?.status).toBe(403);
    expect(whyNotScore(as(role), contest('closed'), mine)?.status).toBe(403);
    expect(whyNotPublish(as(role), contest('closed'), { live: 1, unscored: 0 })?.status).toBe(403);
    expect(whyNotEditContest(as(role), contest('draft'))?.status).toBe(403);
  });
  it('each step only from its state; publishing refuses unscored entries; scores freeze once published', () => {
    expect(whyNotOpen(as('chair'), contest('open'))?.messageKey).toBe('contests.refusal.notDraft');
    expect(whyNotClose(as('chair'), contest('draft'))?.messageKey).toBe('contests.refusal.notOpen');
    expect(whyNotPublish(as('chair'), contest('open'), { live: 1, unscored: 0 })?.messageKey).toBe('contests.refusal.notJudging');
    expect(whyNotPublish(as('chair'), contest('closed'), { live: 3, unscored: 2 })).toMatchObject({
      status: 409,
      messageKey: 'contests.refusal.unscored',
      params: { n: 2 },
    });
    expect(whyNotPublish(as('chair'), contest('closed'), { live: 0, unscored: 0 })?.messageKey).toBe('contests.refusal.noEntries');
    expect(whyNotScore(as('chair'), contest('published'), theirs)?.messageKey).toBe('contests.refusal.resultsFrozen');
    expect(whyNotScore(as('chair'), contest('open'), theirs)?.messageKey).toBe('contests.refusal.notJudging');
    expect(whyNotScore(as('chair'), contest('closed'), { ...theirs, withdrawnAt: new Date() })?.messageKey).toBe('contests.refusal.withdrawn');
    expect(whyNotEditContest(as('chair'), contest('open'))).toBeNull();
    expect(whyNotEditContest(as('chair'), contest('closed'))?.status).toBe(409);
  });
});

describe('entering the contest', () => {
  it('every staff member may submit while open, inside the window in Vietnam’s calendar', () => {
    for (const role of ['staff', 'group_leader', 'chair', 'secretary'] as const) expect(whyNotSubmit(as(role), contest('open'), inside, null)).toBeNull();
    expect(whyNotSubmit(as('staff'), contest('open'), after, null)?.messageKey).toBe('contests.refusal.windowClosed');
    expect(whyNotSubmit(as('staff'), contest('open'), before, null)?.messageKey).toBe('contests.refusal.notYetOpen');
    expect(whyNotSubmit(as('staff'), contest('draft'), inside, null)?.messageKey).toBe('contests.refusal.notAccepting');
    expect(whyNotSubmit(as('staff'), contest('closed'), inside, null)?.messageKey).toBe('contests.refusal.notAccepting');
  });
  it('one live entry per author; a withdrawn one may be resubmitted; an account without staff record may not', () => {
    expect(whyNotSubmit(as('staff'), contest('open'), inside, mine)?.messageKey).toBe('contests.refusal.alreadyEntered');
    expect(whyNotSubmit(as('staff'), contest('open'), inside, { ...mine, withdrawnAt: new Date() })).toBeNull();
    expect(whyNotSubmit(as('staff', null), contest('open'), inside, null)?.messageKey).toBe('contests.refusal.noStaff');
    expect(whyNotSubmit(as('admin'), contest('open'), inside, null)?.status).toBe(403);
  });
  it('only the author edits or withdraws, and only while entries are accepted', () => {
    expect(whyNotEditEntry(as('staff'), contest('open'), mine, inside)).toBeNull();
    expect(whyNotWithdrawEntry(as('staff'), contest('open'), mine, inside)).toBeNull();
    expect(whyNotEditEntry(as('staff', 'S2'), contest('open'), mine, inside)?.status).toBe(403);
    expect(whyNotEditEntry(as('chair', 'S2'), contest('open'), mine, inside)?.status).toBe(403);
    expect(whyNotEditEntry(as('staff'), contest('closed'), mine, inside)?.status).toBe(409);
    expect(whyNotEditEntry(as('staff'), contest('open'), mine, after)?.messageKey).toBe('contests.refusal.windowClosed');
    expect(whyNotWithdrawEntry(as('staff'), contest('open'), { ...mine, withdrawnAt: new Date() }, inside)?.messageKey).toBe('contests.refusal.withdrawn');
  });
});
