// planCouncilChange: what a decision does to existing terms, decided before anything is written.
import { describe, expect, it } from 'vitest';
import { planCouncilChange, type ExistingTerm } from '../../../src/features/council/planCouncilChange.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const term = (id: string, staffId: string, role: ExistingTerm['role'], from: string, to: string | null = null): ExistingTerm => ({
  id,
  staffId,
  role,
  validFrom: d(from),
  validTo: to ? d(to) : null,
});
const terms = [
  term('t1', 'a', 'chair', '2025-09-15'),
  term('t2', 'b', 'council_member', '2025-09-15'),
  term('t3', 'c', 'council_member', '2025-09-15', '2026-08-31'),
];

describe('planCouncilChange', () => {
  it('ends the terms no longer listed, opens the new seats, keeps (and renews) the others', () => {
    const change = planCouncilChange(
      terms,
      [
        { staffId: 'd', role: 'chair' },
        { staffId: 'c', role: 'council_member' },
        { staffId: 'a', role: 'council_member' },
      ],
      d('2026-01-15'),
    );
    expect(change).toEqual({
      ok: true,
      end: ['t1', 't2'],
      extend: ['t3'],
      open: [
        { staffId: 'd', role: 'chair' },
        { staffId: 'a', role: 'council_member' },
      ],
    });
  });

  it('refuses a council without a chair, or with two', () => {
    expect(planCouncilChange(terms, [{ staffId: 'b', role: 'council_member' }], d('2026-01-15'))).toMatchObject({
      ok: false,
      messageKey: 'council.needsChair',
    });
    expect(
      planCouncilChange(
        terms,
        [
          { staffId: 'a', role: 'chair' },
          { staffId: 'b', role: 'chair' },
        ],
        d('2026-01-15'),
      ),
    ).toMatchObject({ ok: false, field: 'members', messageKey: 'council.oneChair' });
  });

  it('refuses to take effect on or before the start of an existing term', () => {
    const seats = [{ staffId: 'a', role: 'chair' as const }];
    expect(planCouncilChange(terms, seats, d('2025-09-15'))).toMatchObject({ ok: false, field: 'effectiveOn', messageKey: 'council.laterDecisionExists' });
    expect(planCouncilChange(terms, seats, d('2025-09-16'))).toMatchObject({ ok: true });
  });

  it('ignores terms that have already ended', () => {
    const change = planCouncilChange([term('old', 'z', 'chair', '2024-09-15', '2025-08-31')], [{ staffId: 'a', role: 'chair' }], d('2025-09-15'));
    expect(change).toEqual({ ok: true, end: [], extend: [], open: [{ staffId: 'a', role: 'chair' }] });
  });
});
