// Collective titles: Tập thể LĐTT (Điều 28) and Tập thể LĐXS (Điều 27); percentages over all members that year.
import { describe, expect, it } from 'vitest';
import type { CollectiveFacts, Rating, StaffFacts } from '../../../src/domain/rules/index.ts';
import { buildAward, buildStaff, buildYear, evaluate } from './factories.ts';

const Y = 2024;

/** `total` members of whom the first `ldtt` meet LĐTT (the others are rated HTNV). */
function team(total: number, ldtt: number, rating: Rating = 'HTTNV', tweak: (s: StaffFacts, i: number) => void = () => {}) {
  const staff = Array.from({ length: total }, (_, i) => buildStaff(`m${i}`, [buildYear(Y, { rating: i < ldtt ? 'HTTNV' : 'HTNV' })]));
  staff.forEach(tweak);
  const collective: CollectiveFacts = { id: 't', name: 'Tổ 1', years: [{ year: Y, rating, memberIds: staff.map((s) => s.id) }] };
  return { staff, collectives: [collective] };
}

const status = (facts: ReturnType<typeof team>, code: 'TTLDTT' | 'TTLDXS', options = {}) => evaluate(facts, Y, options).verdict('t', code).status;

describe('Tập thể LĐTT: ≥ 70% of members LĐTT (ttldtt.minPctLdtt)', () => {
  it.each([
    [10, 7, 'eligible'],
    [10, 6, 'not_eligible'],
    [100, 70, 'eligible'],
    [100, 69, 'not_eligible'],
    [3, 2, 'not_eligible'],
    [3, 3, 'eligible'],
  ])('%s members, %s LĐTT → %s', (total, ldtt, expected) => {
    expect(status(team(total, ldtt), 'TTLDTT')).toBe(expected);
  });

  it('explains exactly 70%', () => {
    const v = evaluate(team(10, 7), Y).verdict('t', 'TTLDTT');
    expect(v.criteria.find((c) => c.kind === 'membersTitlePct')?.explanation).toBe('7/10 thành viên (70%) đạt LĐTT, đạt tối thiểu 70%');
  });

  it('counts a member already approved for LĐTT', () => {
    const facts = team(10, 6, 'HTTNV', (s, i) => {
      if (i === 9 && s.years[0]) s.years[0] = buildYear(Y, { rating: null, awards: [buildAward('LDTT', Y)] });
    });
    expect(status(facts, 'TTLDTT')).toBe('eligible');
  });

  it('counts members without any facts in the denominator', () => {
    const pctCriterion = (facts: ReturnType<typeof team>) =>
      evaluate(facts, Y)
        .verdict('t', 'TTLDTT')
        .criteria.find((c) => c.kind === 'membersTitlePct');
    const facts = team(9, 7);
    facts.collectives[0]?.years[0]?.memberIds.push('ghost'); // 7 of 10
    expect(pctCriterion(facts)?.status).toBe('pass');
    facts.collectives[0]?.years[0]?.memberIds.push('ghost2'); // 7 of 11 = 63.6%, and 2 unknown could lift it
    expect(pctCriterion(facts)?.status).toBe('unknown');
    expect(pctCriterion(facts)?.explanation).toBe('7/11 thành viên (63,6%) đạt LĐTT; 2 thành viên chưa đủ dữ liệu');
    expect(status(facts, 'TTLDTT')).toBe('missing_data'); // the ghosts' discipline is unknown too
  });

  it('is not_eligible when the unknown members cannot lift it to 70%', () => {
    const facts = team(10, 5, 'HTTNV', (s, i) => {
      if (i === 9 && s.years[0]) s.years[0].rating = null;
    });
    expect(status(facts, 'TTLDTT')).toBe('not_eligible');
  });

  it.each([
    [60, 6, 'eligible'],
    [60, 5, 'not_eligible'],
  ])('with the threshold set to %s%%, %s of 10 → %s', (pct, ldtt, expected) => {
    expect(status(team(10, ldtt), 'TTLDTT', { overrides: [{ key: 'ttldtt.minPctLdtt', value: pct }] })).toBe(expected);
  });

  it.each<[Rating, string]>([
    ['HTTNV', 'eligible'],
    ['HTNV', 'not_eligible'],
  ])('collective rated %s → %s', (rating, expected) => {
    expect(status(team(10, 10, rating), 'TTLDTT')).toBe(expected);
  });

  it.each([
    ['khiển trách', 'eligible', 'khien_trach'],
    ['cảnh cáo', 'not_eligible', 'canh_cao'],
  ] as const)('a member with %s → %s', (_label, expected, level) => {
    const facts = team(10, 9, 'HTTNV', (s, i) => {
      if (i === 9 && s.years[0]) s.years[0].disciplines = [{ level, date: '2025-02-01' }];
    });
    expect(status(facts, 'TTLDTT')).toBe(expected);
  });
});

describe('Tập thể LĐXS: HTXSNV, all ≥ HTNV, ≥ 70% LĐTT, ≥ 1 CSTĐCS; discipline check off by default', () => {
  const excellent = (tweak: (s: StaffFacts, i: number) => void = () => {}) =>
    team(10, 7, 'HTXSNV', (s, i) => {
      if (i === 0 && s.years[0]) s.years[0].rating = 'HTXSNV'; // one CSTĐCS
      tweak(s, i);
    });

  it('is eligible in the base case', () => {
    expect(status(excellent(), 'TTLDXS')).toBe('eligible');
  });

  it('fails when a member is rated KHTNV, naming them', () => {
    const v = evaluate(
      excellent((s, i) => {
        if (i === 9 && s.years[0]) s.years[0].rating = 'KHTNV';
      }),
      Y,
    ).verdict('t', 'TTLDXS');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria.find((c) => c.kind === 'membersRatingPct')?.explanation).toBe('9/10 thành viên xếp loại HTNV trở lên; chưa đạt: Cán bộ m9 (KHTNV)');
  });

  it('fails without any CSTĐCS member', () => {
    expect(status(team(10, 7, 'HTXSNV'), 'TTLDXS')).toBe('not_eligible');
  });

  it.each([
    [7, 'eligible'],
    [6, 'not_eligible'],
  ])('with %s of 10 LĐTT → %s', (ldtt, expected) => {
    const facts = team(10, ldtt, 'HTXSNV', (s, i) => {
      if (i === 0 && s.years[0]) s.years[0].rating = 'HTXSNV';
    });
    expect(status(facts, 'TTLDXS')).toBe(expected);
  });

  it('fails when the collective is only HTTNV', () => {
    const facts = excellent();
    const y = facts.collectives[0]?.years[0];
    if (y) y.rating = 'HTTNV';
    expect(status(facts, 'TTLDXS')).toBe('not_eligible');
  });

  it('ignores a member’s cảnh cáo by default, and applies it when the admin turns the check on', () => {
    const facts = excellent((s, i) => {
      if (i === 8 && s.years[0]) s.years[0].disciplines = [{ level: 'canh_cao', date: '2025-02-01' }];
    });
    expect(status(facts, 'TTLDXS')).toBe('eligible');
    expect(status(facts, 'TTLDXS', { overrides: [{ key: 'ttldxs.memberDisciplineBlockFrom', value: 'canh_cao' }] })).toBe('not_eligible');
  });

  it('is decided by the City chairman in both rule sets', () => {
    expect(evaluate(excellent(), Y).verdict('t', 'TTLDXS').authority?.decides).toBe('Chủ tịch UBND Thành phố Hà Nội');
    expect(evaluate(excellent(), Y, { evaluationDate: '2025-07-01' }).verdict('t', 'TTLDXS').authority?.receives).toBe(
      'Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND phường',
    );
  });
});
