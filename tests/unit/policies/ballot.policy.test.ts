// Ballot policy matrix: voting on screen, seeing results (never before the close, chair and admin included), and
// managing rounds, for every role × round state, as typed refusals.
import { describe, expect, it } from 'vitest';
import { whyNotManage, whyNotSeeResults, whyNotVote, type RoundFacts } from '../../../src/features/ballot/ballot.policy.ts';
import { outcome, person, rows } from './matrix.ts';

const VOTE_STATES = ['open', 'voted', 'closed', 'paper', 'offRoll'] as const;
const round = (state: (typeof VOTE_STATES)[number]): RoundFacts => ({
  status: state === 'closed' ? 'closed' : 'open',
  mode: state === 'paper' ? 'paper' : 'screen',
  onRoll: state !== 'offRoll',
  voted: state === 'voted',
});
const NOT_ON_ROLL = '403 ballot.refusal.notOnRoll';
const voter = ['allowed', '409 ballot.refusal.alreadyVoted', '409 ballot.refusal.roundClosed', '409 ballot.refusal.notOnScreen', NOT_ON_ROLL];
const outsider = Array<string>(5).fill(NOT_ON_ROLL);

describe('ballot policy', () => {
  const vote = rows(VOTE_STATES, {
    staff: outsider,
    group_leader: outsider,
    council_member: voter,
    initiative_council: outsider,
    secretary: voter,
    vice_chair: voter,
    chair: voter,
    admin: outsider,
  });
  it.each(vote)('vote: %s, round %s → %s', (role, state, expected) => expect(outcome(whyNotVote(person(role), round(state)))).toBe(expected));

  const hidden = '403 ballot.refusal.resultsHidden';
  const results = rows(['open', 'closed'] as const, {
    staff: [hidden, '403 error.forbidden.body'],
    group_leader: [hidden, '403 error.forbidden.body'],
    council_member: [hidden, 'allowed'],
    initiative_council: [hidden, '403 error.forbidden.body'],
    secretary: [hidden, 'allowed'],
    vice_chair: [hidden, 'allowed'],
    chair: [hidden, 'allowed'],
    admin: [hidden, '403 error.forbidden.body'],
  });
  it.each(results)('see results: %s, round %s → %s', (role, status, expected) => expect(outcome(whyNotSeeResults(person(role), { status }))).toBe(expected));

  const cannot = ['403 ballot.refusal.cannotManage'];
  const manage = rows(['any'] as const, {
    staff: cannot,
    group_leader: cannot,
    council_member: cannot,
    initiative_council: cannot,
    secretary: ['allowed'],
    vice_chair: cannot,
    chair: ['allowed'],
    admin: cannot,
  });
  it.each(manage)('manage rounds: %s (%s) → %s', (role, _state, expected) => expect(outcome(whyNotManage(person(role)))).toBe(expected));
});
