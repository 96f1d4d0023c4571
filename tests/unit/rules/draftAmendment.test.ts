// Issue 11 point 6: the December 2025 draft ships as a candidate (never decides), CSTĐCS = HTXSNV AND (initiative
// cơ sở or accepted research); the comparison lists exactly the people whose verdicts differ, with each reason.
import { describe, expect, it } from 'vitest';
import { DRAFT_AMENDMENT_2025, LUAT_2022_ND_152, compareRuleSets, indexFacts, verdictSummary } from '../../../src/domain/rules/index.ts';
import { buildInitiative, buildStaff, buildYear, evaluate } from './factories.ts';

const Y = 2025;
const staff = [
  buildStaff('excellent-no-initiative', [buildYear(Y, { rating: 'HTXSNV' })]), // loses CSTĐCS under the draft
  buildStaff('good-with-initiative', [buildYear(Y, { initiatives: [buildInitiative('co_so')] })]), // loses it too
  buildStaff('excellent-with-initiative', [buildYear(Y, { rating: 'HTXSNV', initiatives: [buildInitiative('co_so')] })]), // keeps it
  buildStaff('excellent-research-on-leave', [buildYear(Y, { rating: 'HTXSNV', leaveDays: 50, research: [{ id: 'r', accepted: true, applied: null }] })]), // gains it: no LĐTT condition, accepted research suffices
  buildStaff('plain', [buildYear(Y)]), // neither
];

describe('the December 2025 draft amendment', () => {
  it('is a candidate from 01/10/2026 that never decides: 2026-2027 is evaluated by rule set 2', () => {
    expect(DRAFT_AMENDMENT_2025).toMatchObject({ status: 'candidate', effectiveFrom: '2026-10-01' });
    expect(evaluate({ staff }, 2026).ruleSet.id).toBe(LUAT_2022_ND_152.id);
  });

  it('lists exactly the people whose verdicts differ, with the reason under each rule set', () => {
    const diffs = compareRuleSets(indexFacts({ staff, collectives: [] }), LUAT_2022_ND_152, DRAFT_AMENDMENT_2025, {
      year: Y,
      evaluationDate: '2026-05-31',
      staffIds: staff.map((s) => s.id),
    });
    // Titles built on CSTĐCS (chains) move with it; the people are exactly the three whose CSTĐCS changes.
    expect([...new Set(diffs.map((d) => d.candidateId))]).toEqual(['excellent-no-initiative', 'good-with-initiative', 'excellent-research-on-leave']);
    const cstdcs = diffs.filter((d) => d.title === 'CSTDCS' || d.title === 'LDTT');
    expect(cstdcs.map((d) => `${d.candidateId}:${d.title}:${d.a.status}→${d.b.status}`)).toEqual([
      'excellent-no-initiative:CSTDCS:eligible→not_eligible',
      'good-with-initiative:CSTDCS:eligible→not_eligible',
      'excellent-research-on-leave:CSTDCS:not_eligible→eligible',
    ]);
    expect(verdictSummary(cstdcs[0]!.b)).toContain('Không có sáng kiến cấp cơ sở trở lên năm học 2025-2026');
    expect(verdictSummary(cstdcs[1]!.b)).toContain('Xếp loại HTTNV năm học 2025-2026, chưa đạt HTXSNV');
  });
});

describe('a rule set as data (the schema authored rule sets are validated against)', () => {
  it('accepts every shipped rule set after a JSON round trip and refuses a criterion naming a missing parameter', async () => {
    const { parseRuleSet } = await import('../../../src/domain/rules/index.ts');
    for (const rs of [LUAT_2022_ND_152, DRAFT_AMENDMENT_2025]) expect(parseRuleSet(JSON.parse(JSON.stringify(rs))).ok).toBe(true);
    const broken = JSON.parse(JSON.stringify(LUAT_2022_ND_152)) as { titles: { criteria: { kind: string; rating?: string }[] }[] };
    broken.titles[0]!.criteria[0]!.rating = 'khong.co';
    expect(parseRuleSet(broken)).toEqual({ ok: false, reason: expect.stringContaining('khong.co') as string });
  });
});
