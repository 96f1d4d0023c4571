// Council policy matrix: acting as the council and reading a year's council records, by role held that year.
import { describe, expect, it } from 'vitest';
import type { CouncilRoleName } from '../../../src/domain/permissions.ts';
import { whyNotActAsCouncil, whyNotReadCouncilRecords } from '../../../src/features/council/council.policy.ts';
import { outcome } from './matrix.ts';

type Held = CouncilRoleName | 'none';
const HELD: Held[] = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council', 'none'];
const view = (held: Held, year: 'current' | 'past', canViewAll = false) => ({
  startYear: year === 'current' ? 2026 : 2024,
  currentStartYear: 2026,
  rolesThatYear: held === 'none' ? [] : [held],
  canViewAll,
});

describe('council policy', () => {
  // prettier-ignore
  const act: Array<[Held, 'current' | 'past', string]> = [
    ['chair', 'current', 'allowed'], ['vice_chair', 'current', 'allowed'], ['secretary', 'current', 'allowed'], ['council_member', 'current', 'allowed'],
    ['initiative_council', 'current', '403 council.notMemberThisYear'], ['none', 'current', '403 council.notMemberThisYear'],
    ['chair', 'past', '403 council.onlyCurrentYear'], ['vice_chair', 'past', '403 council.onlyCurrentYear'], ['secretary', 'past', '403 council.onlyCurrentYear'],
    ['council_member', 'past', '403 council.onlyCurrentYear'], ['initiative_council', 'past', '403 council.onlyCurrentYear'], ['none', 'past', '403 council.onlyCurrentYear'],
  ];
  it.each(act)('act as council: held %s in the %s year → %s', (held, year, expected) => expect(outcome(whyNotActAsCouncil(view(held, year)))).toBe(expected));

  const read = HELD.flatMap((held) =>
    (['current', 'past'] as const).flatMap((year) => [
      [held, year, false, held === 'none' ? '403 council.notMemberThatYear' : 'allowed'] as const,
      [held, year, true, 'allowed'] as const,
    ]),
  );
  it.each(read)('read records: held %s in the %s year, reads all %s → %s', (held, year, all, expected) =>
    expect(outcome(whyNotReadCouncilRecords(view(held, year, all)))).toBe(expected),
  );
});
