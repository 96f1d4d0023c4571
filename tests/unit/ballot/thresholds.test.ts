// Vote thresholds over TOTAL members, in integers: rounding never turns a fail into a pass.
import { describe, expect, it } from 'vitest';
import { meetsFraction, meetsThreshold, percentText, votesNeeded } from '../../../src/domain/ballot/threshold.ts';
import { roundResult } from '../../../src/domain/ballot/roundResult.ts';
import { thresholdLabel, voteRuleFor } from '../../../src/domain/ballot/voteRule.ts';
import { LUAT_2022_ND_152, LUAT_2022_ND_98, withParameterOverrides } from '../../../src/domain/rules/index.ts';

describe('meetsThreshold', () => {
  it.each([
    // votes, total, pct, strict, passes
    [12, 15, 80, false, true], // 80,00% ≥ 80%
    [11, 15, 80, false, false], // 73,33%
    [8, 10, 80, false, true],
    [7, 9, 80, false, false], // 77,77…%
    [8, 9, 80, false, true],
    [5, 10, 50, true, false], // exactly half is not "more than half"
    [6, 10, 50, true, true],
    [8, 15, 50, true, true],
    [7, 15, 50, true, false],
    [2, 3, 66.67, false, false], // 66,666…% < 66,67%
    [0, 0, 50, true, false], // no members: never passes
    [9, 11, 81.81, false, true], // 81,818…%
    [9, 11, 81.82, false, false],
  ])('%i of %i at %s%% (strict %s) → %s', (votes, total, pct, strict, passes) => {
    expect(meetsThreshold(votes, total, pct, strict)).toBe(passes);
  });

  it('agrees with votesNeeded for every council size up to 31 and the shipped thresholds', () => {
    for (let total = 1; total <= 31; total++) {
      for (const [pct, strict] of [
        [80, false],
        [50, true],
        [70, false],
        [66.67, false],
      ] as const) {
        const need = votesNeeded(total, pct, strict);
        expect(meetsThreshold(need, total, pct, strict)).toBe(need <= total);
        if (need > 0) expect(meetsThreshold(need - 1, total, pct, strict)).toBe(false);
      }
    }
  });

  it('prints the percentage rounded down', () => {
    expect(percentText(11, 15)).toBe('73,33');
    expect(percentText(12, 15)).toBe('80,00');
    expect(percentText(2, 3)).toBe('66,66');
    expect(percentText(15, 15)).toBe('100,00');
  });

  it('checks fractions such as 2/3 in integers', () => {
    expect(meetsFraction(10, 15, 2, 3)).toBe(true);
    expect(meetsFraction(9, 15, 2, 3)).toBe(false);
    expect(meetsFraction(7, 10, 2, 3)).toBe(true);
    expect(meetsFraction(6, 10, 2, 3)).toBe(false);
  });
});

describe('vote rules from the rule sets', () => {
  it('CSTĐCS is a secret ballot at ≥ 80% of total members: read in rule set 1 [V], carried into rule set 2 [P]', () => {
    const rs1 = voteRuleFor(LUAT_2022_ND_98, 'CSTDCS')!;
    const rs2 = voteRuleFor(LUAT_2022_ND_152, 'CSTDCS')!;
    for (const r of [rs1, rs2]) {
      expect(r.method).toBe('ballot');
      expect(thresholdLabel(r)).toBe('≥ 80%');
      expect(r.thresholdBasis.article).toBe('Điều 30 khoản 7');
    }
    expect(rs1.thresholdBasis.certainty).toBe('V');
    expect(rs2.thresholdBasis.certainty).toBe('P');
  });

  it.each(['LDTT', 'TTLDTT', 'GIAY_KHEN'] as const)('%s: ballot or show of hands, more than 50%%', (code) => {
    const r = voteRuleFor(LUAT_2022_ND_152, code)!;
    expect(r.method).toBe('ballot_or_hands');
    expect(thresholdLabel(r)).toBe('> 50%');
  });

  it('an admin override of the threshold changes the result', () => {
    const rs = withParameterOverrides(LUAT_2022_ND_152, [{ key: 'vote.cstdcs.thresholdPct', value: 70 }]);
    const rule = voteRuleFor(rs, 'CSTDCS')!;
    expect(meetsThreshold(11, 15, rule.thresholdPct, rule.strict)).toBe(true);
  });
});

describe('roundResult', () => {
  const rule = voteRuleFor(LUAT_2022_ND_152, 'CSTDCS')!;
  const counts = [
    { nomineeId: 'a', agree: 12, disagree: 1, blank: 0 },
    { nomineeId: 'b', agree: 11, disagree: 2, blank: 0 },
    { nomineeId: 'c', agree: 10, disagree: 3, blank: 0 },
  ];

  it('15 members: 12 agree passes 80%, 11 does not', () => {
    const r = roundResult({ rule, totalMembers: 15, counts, written: [] });
    expect(r.votesNeeded).toBe(12);
    expect(r.nominees.map((n) => [n.nomineeId, n.passed, n.pctOfTotal])).toEqual([
      ['a', true, '80,00'],
      ['b', false, '73,33'],
      ['c', false, '66,66'],
    ]);
  });

  it('counts written opinions of absent members', () => {
    const written = [
      { nomineeId: 'b', agree: 1, disagree: 1 },
      { nomineeId: 'c', agree: 1, disagree: 1 },
    ];
    const r = roundResult({ rule, totalMembers: 15, counts, written });
    expect(r.nominees.map((n) => [n.nomineeId, n.votesFor, n.passed])).toEqual([
      ['a', 12, true],
      ['b', 12, true],
      ['c', 11, false],
    ]);
  });

  it('ignores written opinions when the rule set says they do not count', () => {
    const rs = withParameterOverrides(LUAT_2022_ND_152, [{ key: 'vote.writtenOpinionsCount', value: false }]);
    const r = roundResult({ rule: voteRuleFor(rs, 'CSTDCS')!, totalMembers: 15, counts, written: [{ nomineeId: 'b', agree: 2, disagree: 0 }] });
    expect(r.nominees[1]!.passed).toBe(false);
  });
});
