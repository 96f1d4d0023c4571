// The initiative result: two independent scores, a third one when they disagree by more than the threshold, the
// rounded mean of the valid scores and its grade band, all read from the configuration.
import { describe, expect, it } from 'vitest';
import { initiativeRulesWith, rubricMax, whyInvalidInitiativeOverride } from '../../../src/domain/initiatives/applyInitiativeOverride.ts';
import { ND13_INITIATIVE_RULES as rules } from '../../../src/domain/initiatives/nd13Rules.ts';
import { gradeOf, initiativeResult, roundScore, scoreErrors, scoreTotal } from '../../../src/domain/initiatives/scoring.ts';

describe('the shipped rubric and bands', () => {
  it('is tính mới 30, tính khoa học 20, hiệu quả 30, khả năng áp dụng 20 on 100, each with a basis and a certainty', () => {
    expect(rules.rubric.criteria.map((c) => [c.name, c.maxPoints])).toEqual([
      ['Tính mới, sáng tạo', 30],
      ['Tính khoa học', 20],
      ['Hiệu quả', 30],
      ['Khả năng áp dụng, nhân rộng', 20],
    ]);
    expect(rubricMax(rules)).toBe(100);
    expect(rules.grades.basis.certainty).toBe('U');
    expect(rules.regulation.map((r) => r.basis.document)).toEqual(['Nghị định 13/2012/NĐ-CP ban hành Điều lệ Sáng kiến', 'Thông tư 18/2013/TT-BKHCN']);
  });

  it('grades A from 85, B from 70, C from 50, and nothing (not recognised) below', () => {
    expect([85, 84.9, 70, 69.9, 50, 49.9].map((m) => gradeOf(rules, m))).toEqual(['A', 'B', 'B', 'C', 'C', null]);
  });
});

describe('the result', () => {
  it('needs two scores before anything', () => {
    expect(initiativeResult(rules, [80])).toEqual({ state: 'incomplete', submitted: 1, required: 2 });
  });

  it('25 points of disagreement requires a third review; the third gives the mean of the three', () => {
    expect(initiativeResult(rules, [90, 65])).toEqual({ state: 'needs_third_review', submitted: 2, spread: 25 });
    expect(initiativeResult(rules, [90, 65, 80])).toEqual({ state: 'complete', submitted: 3, mean: 78.3, grade: 'B', spread: 25 });
  });

  it('exactly 20 points apart is not a disagreement: mean of the two', () => {
    expect(initiativeResult(rules, [90, 70])).toEqual({ state: 'complete', submitted: 2, mean: 80, grade: 'B', spread: 20 });
  });

  it('rounds halves away from zero to the configured decimals', () => {
    expect(initiativeResult(rules, [85.5, 85])).toMatchObject({ mean: 85.3, grade: 'A' });
    expect(roundScore(82.25, 1)).toBe(82.3);
    expect(roundScore(84.5, 0)).toBe(85);
  });

  it('follows a school year’s override: threshold 10, whole points, band A from 90', () => {
    const year = initiativeRulesWith(rules, {
      disagreementThreshold: 10,
      decimals: 0,
      bands: [
        { grade: 'A', label: 'Loại A', minPoints: 90 },
        { grade: 'B', label: 'Loại B', minPoints: 60 },
      ],
    });
    expect(initiativeResult(year, [88, 77])).toMatchObject({ state: 'needs_third_review' });
    expect(initiativeResult(year, [88, 85])).toEqual({ state: 'complete', submitted: 2, mean: 87, grade: 'B', spread: 3 });
    expect(year.grades.basis.note).toContain('trường đã điều chỉnh');
  });

  it('refuses invalid overrides with a reason and keeps the defaults', () => {
    expect(whyInvalidInitiativeOverride({ reviewersPerInitiative: 1 })).toBe('Mỗi sáng kiến cần ít nhất 2 người chấm.');
    expect(initiativeRulesWith(rules, { reviewersPerInitiative: 1 })).toBe(rules);
  });
});

describe('one reviewer’s points', () => {
  it('checks each criterion against its maximum and totals them', () => {
    expect(scoreErrors(rules, { novelty: 31, soundness: 20, effectiveness: undefined, applicability: 19.3 })).toEqual({
      novelty: 'Điểm từ 0 đến 30.',
      effectiveness: 'Nhập điểm hiệu quả.',
      applicability: 'Điểm chấm đến 0,5.',
    });
    expect(scoreTotal(rules, { novelty: 28, soundness: 17.5, effectiveness: 25, applicability: 18 })).toBe(88.5);
  });
});
