// Meeting and approval policy matrices: the attendance sheet and opening rounds (secretary or chair, roll fixed once
// a round is open, nothing after approval) and the chair's approval (only the chair, only when every round is closed).
import { describe, expect, it } from 'vitest';
import { whyNotApprove } from '../../../src/features/meetings/approval.policy.ts';
import { whyNotOpenRound, whyNotRecordAttendance, type MeetingFacts } from '../../../src/features/meetings/meeting.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const STATES = ['planned', 'roundOpened', 'approved'] as const;
const meeting = (s: (typeof STATES)[number]): MeetingFacts => ({ roundsOpened: s === 'planned' ? 0 : 1, approved: s === 'approved' });
const cannot = Array<string>(3).fill('403 ballot.refusal.cannotManage');

describe('meeting policy', () => {
  const managers = (allowed: readonly string[]) => ({
    staff: cannot,
    group_leader: cannot,
    council_member: cannot,
    initiative_council: cannot,
    secretary: allowed,
    vice_chair: cannot,
    chair: allowed,
    admin: cannot,
  });
  const attendance = rows(STATES, managers(['allowed', '409 meetings.refusal.rollFixed', '409 meetings.refusal.approved']));
  it.each(attendance)('record attendance: %s, meeting %s → %s', (role, state, expected) =>
    expect(outcome(whyNotRecordAttendance(person(role), meeting(state)))).toBe(expected),
  );
  const open = rows(STATES, managers(['allowed', 'allowed', '409 meetings.refusal.approved']));
  it.each(open)('open a round: %s, meeting %s → %s', (role, state, expected) => expect(outcome(whyNotOpenRound(person(role), meeting(state)))).toBe(expected));
});

describe('approval policy', () => {
  const APPROVAL = ['noRounds', 'roundOpen', 'allClosed', 'approved'] as const;
  const facts = (s: (typeof APPROVAL)[number]) => ({
    rounds: s === 'noRounds' ? [] : s === 'roundOpen' ? [{ status: 'closed' }, { status: 'open' }] : [{ status: 'closed' }],
    approved: s === 'approved',
  });
  const chairOnly = Array<string>(4).fill('403 approval.refusal.chairOnly');
  const table = rows(APPROVAL, {
    staff: chairOnly,
    group_leader: chairOnly,
    council_member: chairOnly,
    initiative_council: chairOnly,
    secretary: chairOnly,
    vice_chair: chairOnly,
    chair: ['409 approval.refusal.noRounds', '409 approval.refusal.roundsOpen', 'allowed', '409 approval.refusal.already'],
    admin: chairOnly,
  });
  it.each(table)('approve: %s, meeting %s → %s', (role, state, expected) => expect(outcome(whyNotApprove(person(role), facts(state)))).toBe(expected));
});
