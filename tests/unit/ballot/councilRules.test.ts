// Quorum, invariant, quota ranking, digest, who decides: the pure rules of the council meeting.
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../../../src/domain/ballot/invariant.ts';
import { checkQuorum, meetingRuleOf } from '../../../src/domain/ballot/quorum.ts';
import { rankForQuota } from '../../../src/domain/ballot/quotaRanking.ts';
import { roundDigest } from '../../../src/domain/ballot/roundDigest.ts';
import { whyNotForward } from '../../../src/domain/nominations/forwarding.ts';
import { kindNeedsVote } from '../../../src/domain/nominations/nominationKinds.ts';
import { nominationRoute } from '../../../src/domain/nominations/nominationRoute.ts';
import { LUAT_2022_ND_152, LUAT_2022_ND_98, withParameterOverrides } from '../../../src/domain/rules/index.ts';

describe('quorum and attendance', () => {
  const rule = meetingRuleOf(LUAT_2022_ND_152);
  it.each([
    // total, present, quorum, attendance
    [15, 10, true, false],
    [15, 9, false, false],
    [15, 12, true, true],
    [9, 6, true, false],
    [9, 8, true, true],
    [5, 4, true, true],
    [5, 3, false, false],
  ])('%i members, %i present → quorum %s, 80%% attendance %s', (total, present, quorum, attendance) => {
    const q = checkQuorum(rule, total, present);
    expect([q.quorumMet, q.attendanceMet]).toEqual([quorum, attendance]);
  });
  it('gives the numbers needed', () => {
    expect(checkQuorum(rule, 15, 0)).toMatchObject({ quorumNeeded: 10, attendanceNeeded: 12 });
    expect(checkQuorum(rule, 10, 0)).toMatchObject({ quorumNeeded: 7, attendanceNeeded: 8 });
  });
});

describe('closing invariant', () => {
  it('finds every nominee whose marks differ from the participants', () => {
    const counts = [
      { nomineeId: 'a', agree: 3, disagree: 1, blank: 1 },
      { nomineeId: 'b', agree: 3, disagree: 1, blank: 0 },
    ];
    expect(invariantViolations(counts, 5)).toEqual([{ nomineeId: 'b', marks: 4, participants: 5 }]);
    expect(invariantViolations(counts.slice(0, 1), 5)).toEqual([]);
  });
});

describe('quota ranking', () => {
  const c = (nomineeId: string, votesFor: number, preferred = false, passed = true) => ({ nomineeId, votesFor, passed, preferred });
  it('ranks by votes and keeps the first `quota`', () => {
    const r = rankForQuota([c('a', 10), c('b', 13), c('c', 12), c('d', 5, false, false)], { quota: 2, preferWomen: true });
    expect(r.map((p) => [p.nomineeId, p.rank, p.withinQuota])).toEqual([
      ['a', 3, false],
      ['b', 1, true],
      ['c', 2, true],
      ['d', null, false],
    ]);
  });
  it('prefers women on equal votes when the rule set says so (NĐ 152 Điều 4 khoản 6)', () => {
    const r = rankForQuota([c('m', 12), c('f', 12, true)], { quota: 1, preferWomen: true });
    expect(r.find((p) => p.nomineeId === 'f')!.withinQuota).toBe(true);
    expect(r.some((p) => p.tieAtLine)).toBe(false);
  });
  it('reports a tie across the quota line until the chair orders it', () => {
    const tied = [c('x', 12), c('y', 12), c('z', 14)];
    const open = rankForQuota(tied, { quota: 2, preferWomen: false });
    expect(open.filter((p) => p.tieAtLine).map((p) => p.nomineeId)).toEqual(['x', 'y']);
    const decided = rankForQuota(tied, { quota: 2, preferWomen: false, chairOrder: ['y', 'x'] });
    expect(decided.find((p) => p.nomineeId === 'y')).toMatchObject({ withinQuota: true, tieAtLine: false });
    expect(decided.find((p) => p.nomineeId === 'x')).toMatchObject({ withinQuota: false, tieAtLine: false });
  });
  it('no quota: every passed nominee is within', () => {
    expect(rankForQuota([c('a', 1), c('b', 2)], { quota: null, preferWomen: true }).every((p) => p.withinQuota)).toBe(true);
  });
});

describe('round digest', () => {
  it('is stable under nominee order and changes with any figure', () => {
    const a = { nomineeId: 'a', agree: 3, disagree: 1, blank: 0 };
    const b = { nomineeId: 'b', agree: 2, disagree: 2, blank: 0 };
    expect(roundDigest('r', 4, [a, b])).toBe(roundDigest('r', 4, [b, a]));
    expect(roundDigest('r', 4, [a, b])).not.toBe(roundDigest('r', 4, [a, { ...b, agree: 3, disagree: 1 }]));
    expect(roundDigest('r', 4, [a, b])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('who decides', () => {
  it.each(['LDTT', 'CSTDCS', 'TTLDTT', 'GIAY_KHEN'] as const)('since 01/07/2025 the ward chairman decides %s: the school proposes', (code) => {
    const r = nominationRoute(LUAT_2022_ND_152, code)!;
    expect(r).toMatchObject({ outcome: 'proposal', decides: 'Chủ tịch UBND phường' });
    expect(r.basis).toMatchObject({ document: 'Nghị định 129/2025/NĐ-CP', article: 'Điều 59', certainty: 'V' });
  });
  it('before 01/07/2025 the district chairman decided them', () => {
    expect(nominationRoute(LUAT_2022_ND_98, 'CSTDCS')!.decides).toBe('Chủ tịch UBND quận');
  });
  it('the school decides Giấy khen only when the principal is configured as competent', () => {
    const rs = withParameterOverrides(LUAT_2022_ND_152, [{ key: 'authority.principalGiayKhen', value: true }]);
    expect(nominationRoute(rs, 'GIAY_KHEN')).toMatchObject({ outcome: 'decision', decides: 'Hiệu trưởng' });
    expect(nominationRoute(rs, 'CSTDCS')!.outcome).toBe('proposal');
  });
  it('City-level titles go to the City through the ward', () => {
    expect(nominationRoute(LUAT_2022_ND_152, 'CSTD_TP')!.decides).toBe('Chủ tịch UBND Thành phố Hà Nội');
  });
});

describe('nominations', () => {
  it('an eligible nominee goes forward; others only with a written justification', () => {
    expect(whyNotForward('eligible', null)).toBeNull();
    expect(whyNotForward('not_eligible', '  ')).toBe('nominations.refusal.justificationRequired');
    expect(whyNotForward('missing_data', 'ngắn')).toBe('nominations.refusal.justificationTooShort');
    expect(whyNotForward('not_eligible', 'Thành tích đột xuất trong đợt phòng chống bão lũ tháng 9')).toBeNull();
  });
  it('the simplified procedure has no vote', () => {
    expect(kindNeedsVote('dot_xuat')).toBe(false);
    expect(kindNeedsVote('annual')).toBe(true);
  });
});
