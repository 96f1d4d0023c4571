// Issue 11 points 2 and 3: "none" is not "unknown" (years the school declares complete), and explanations that
// hide nothing (every failed and unknown criterion, the missing fact named, the branch met, the dependent cause).
import { describe, expect, it } from 'vitest';
import { RULE_SETS, createEvaluation, indexFacts, verdictSummary, type RecordCoverage, type StaffFacts } from '../../../src/domain/rules/index.ts';
import { buildInitiative, buildStaff, buildYear, evaluate } from './factories.ts';

const Y = 2024; // 2024-2025

function verdictWith(staff: StaffFacts, coverage: RecordCoverage, title: 'CSTD_TP' | 'CSTDCS' | 'LDTT' = 'CSTD_TP') {
  return createEvaluation(indexFacts({ staff: [staff], collectives: [], coverage }), RULE_SETS, { year: Y }).verdict(staff.id, title);
}

describe('record coverage: inside declared years absence means none, outside unknown', () => {
  // A teacher with only this year on record: HTXSNV and a Thành phố initiative, no earlier rows at all.
  const newcomer = buildStaff('a', [buildYear(Y, { rating: 'HTXSNV', initiatives: [buildInitiative('thanh_pho')] })]);

  it('outside covered years: CSTĐ Thành phố is missing data, naming each missing decision', () => {
    const v = verdictWith(newcomer, {});
    expect(v.status).toBe('missing_data');
    expect(verdictSummary(v)).toBe(
      'Thiếu dữ liệu để xét CSTĐ Thành phố năm học 2024-2025: Chưa có quyết định CSTĐCS năm học 2022-2023; Chưa có quyết định CSTĐCS năm học 2023-2024',
    );
  });

  it('inside covered years: not eligible, with the missing decision named', () => {
    const v = verdictWith(newcomer, { titles: [2022, 2023], initiatives: [2022, 2023] });
    expect(v.status).toBe('not_eligible');
    expect(verdictSummary(v)).toContain('Thiếu danh hiệu CSTĐCS năm học 2022-2023; Thiếu danh hiệu CSTĐCS năm học 2023-2024');
  });

  it('a year not checked for discipline is unknown unless the school declared its discipline records complete', () => {
    const unchecked = buildStaff('a', [buildYear(Y, { disciplines: null })]);
    expect(verdictWith(unchecked, {}, 'LDTT').status).toBe('missing_data');
    expect(verdictWith(unchecked, {}, 'LDTT').criteria.find((c) => c.kind === 'noDisciplineFrom')?.explanation).toBe('Chưa kiểm tra kỷ luật năm học 2024-2025');
    expect(verdictWith(unchecked, { discipline: [Y] }, 'LDTT').status).toBe('eligible');
  });

  it('a missing rating inside a complete year is "not rated", outside it unknown', () => {
    const unrated = buildStaff('a', [buildYear(Y, { rating: null })]);
    expect(verdictWith(unrated, {}, 'LDTT').status).toBe('missing_data');
    expect(verdictWith(unrated, { ratings: [Y] }, 'LDTT').status).toBe('not_eligible');
  });
});

describe('explanations that hide nothing', () => {
  it('a refusal lists every failed criterion and every unknown one', () => {
    // CSTĐCS missing in 2023-2024 (a gap), and no initiative data for 2022-2023 (unknown): both are named.
    const staff = buildStaff('a', [
      buildYear(Y - 2, { awards: [{ code: 'CSTDCS', decisionNumber: '1/QĐ', decisionDate: '2023-06-15', issuer: 'UBND' }] }),
      buildYear(Y - 1),
      buildYear(Y, { rating: 'HTXSNV' }),
    ]);
    const v = verdictWith(staff, {});
    expect(v.status).toBe('not_eligible');
    const summary = verdictSummary(v);
    expect(summary).toContain('Thiếu danh hiệu CSTĐCS năm học 2023-2024');
    expect(summary).toContain('Không có sáng kiến cấp Thành phố trở lên');
  });

  it('a dependent title names its cause', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { rating: 'HTXSNV', leaveDays: 41 })])] }, Y).verdict('a', 'CSTDCS');
    expect(verdictSummary(v)).toBe('Không đủ điều kiện CSTĐCS năm học 2024-2025: Không đạt LĐTT năm học 2024-2025: Nghỉ 41 ngày, quá 40 ngày');
  });

  it('an eligible verdict says which alternative was met', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { rating: 'HTXSNV' })])] }, Y).verdict('a', 'CSTDCS');
    expect(verdictSummary(v)).toBe('Đủ điều kiện CSTĐCS năm học 2024-2025: Xếp loại HTXSNV năm học 2024-2025');
  });
});
