// Counting-committee policy matrix: entering totals (committee members only, open rounds only) and confirming them
// (a second committee member, never the one who typed them, once).
import { describe, expect, it } from 'vitest';
import { whyNotConfirmCount, whyNotEnterCount } from '../../../src/features/counting/counting.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const viewer = (role: Parameters<typeof person>[0], onCommittee: boolean) => ({ ...person(role), onCommittee });
const NOT = '403 counting.refusal.notCommittee';
const outsider = [NOT, NOT, NOT, NOT];
const committee = ['allowed', '409 ballot.refusal.roundClosed', '403 counting.refusal.sameMember', '409 counting.refusal.alreadyConfirmed'];
const STATES = ['enterOpen', 'enterClosed', 'confirmOwn', 'confirmDone'] as const;

function check(role: Parameters<typeof person>[0], state: (typeof STATES)[number], onCommittee: boolean) {
  const u = viewer(role, onCommittee);
  if (state === 'enterOpen') return whyNotEnterCount(u, { status: 'open' });
  if (state === 'enterClosed') return whyNotEnterCount(u, { status: 'closed' });
  return whyNotConfirmCount(
    u,
    { status: 'open' },
    { enteredById: state === 'confirmOwn' ? (u.staffId ?? '') : 'someone-else', confirmed: state === 'confirmDone' },
  );
}

describe('counting policy', () => {
  const onCommittee = rows(STATES, {
    staff: outsider,
    group_leader: outsider,
    council_member: committee,
    initiative_council: outsider,
    secretary: committee,
    vice_chair: committee,
    chair: committee,
    admin: outsider,
  });
  it.each(onCommittee)('on the committee: %s, %s → %s', (role, state, expected) => expect(outcome(check(role, state, true))).toBe(expected));
  const offCommittee = rows(STATES, {
    staff: outsider,
    group_leader: outsider,
    council_member: outsider,
    initiative_council: outsider,
    secretary: outsider,
    vice_chair: outsider,
    chair: outsider,
    admin: outsider,
  });
  it.each(offCommittee)('not on the committee: %s, %s → %s', (role, state, expected) => expect(outcome(check(role, state, false))).toBe(expected));
});
