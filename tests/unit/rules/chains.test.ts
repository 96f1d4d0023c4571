// Consecutive-year chains: CSTĐ cấp Thành phố (Điều 22) and Bằng khen Chủ tịch UBND Thành phố (Điều 74 khoản 1).
import { describe, expect, it } from 'vitest';
import { buildAward, buildInitiative, buildStaff, buildYear, evaluate, statusOf, yearsWithAward } from './factories.ts';

const Y = 2024;
const tpInitiative = () => [buildInitiative('thanh_pho')];

describe('CSTĐ Thành phố: CSTĐCS in y-2, y-1, y + a Thành phố initiative within those 3 years', () => {
  it('is eligible when y-2 and y-1 were awarded and y is eligible now (current-year link)', () => {
    const staff = buildStaff('a', [...yearsWithAward('CSTDCS', [Y - 2, Y - 1]), buildYear(Y, { rating: 'HTXSNV', initiatives: tpInitiative() })]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTD_TP');
    expect(v.status).toBe('eligible');
    expect(v.criteria.find((c) => c.kind === 'consecutiveTitle')?.explanation).toBe('Đạt CSTĐCS 3 năm liên tục (2022-2023 – 2024-2025)');
  });

  it('breaks on one missing year and names it', () => {
    const staff = buildStaff('a', [
      buildYear(Y - 2, { initiatives: tpInitiative() }),
      ...yearsWithAward('CSTDCS', [Y - 1]),
      buildYear(Y, { rating: 'HTXSNV' }),
    ]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTD_TP');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria.find((c) => c.kind === 'consecutiveTitle')?.explanation).toBe('Thiếu danh hiệu CSTĐCS năm học 2022-2023');
  });

  it('does not count the current year when the person is not eligible for CSTĐCS in it', () => {
    const staff = buildStaff('a', [...yearsWithAward('CSTDCS', [Y - 2, Y - 1], { initiatives: tpInitiative() }), buildYear(Y)]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTD_TP');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria.find((c) => c.kind === 'consecutiveTitle')?.explanation).toBe(
      'Không đạt CSTĐCS năm học 2024-2025: Không đạt tiêu chí nào: Xếp loại HTTNV năm học 2024-2025, chưa đạt HTXSNV; ' +
        'Không có sáng kiến cấp cơ sở trở lên năm học 2024-2025; Không có đề tài được nghiệm thu và áp dụng năm học 2024-2025',
    );
  });

  it('counts the current year when CSTĐCS is already approved for it', () => {
    const staff = buildStaff('a', [...yearsWithAward('CSTDCS', [Y - 2, Y - 1, Y], { rating: null, initiatives: tpInitiative() })]);
    expect(statusOf(staff, 'CSTD_TP', Y)).toBe('eligible');
  });

  it('is missing_data when an earlier year has no facts at all', () => {
    const staff = buildStaff('a', [...yearsWithAward('CSTDCS', [Y - 1]), buildYear(Y, { rating: 'HTXSNV', initiatives: tpInitiative() })]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTD_TP');
    expect(v.status).toBe('missing_data');
    expect(v.criteria.find((c) => c.kind === 'consecutiveTitle')?.explanation).toBe('Chưa có quyết định CSTĐCS năm học 2022-2023');
  });

  it.each([
    ['Thành phố initiative in y-2', 'eligible', Y - 2, 'thanh_pho'],
    ['toàn quốc initiative in y-1', 'eligible', Y - 1, 'toan_quoc'],
    ['Thành phố initiative in y-3 (outside the 3 years)', 'not_eligible', Y - 3, 'thanh_pho'],
    ['only a cơ sở initiative', 'not_eligible', Y - 1, 'co_so'],
  ] as const)('%s → %s', (_label, expected, at, level) => {
    const years = [Y - 3, Y - 2, Y - 1].map((y) =>
      buildYear(y, {
        awards: y >= Y - 2 ? [buildAward('CSTDCS', y)] : [],
        initiatives: y === at ? [buildInitiative(level)] : [],
      }),
    );
    const staff = buildStaff('a', [...years, buildYear(Y, { rating: 'HTXSNV' })]);
    expect(statusOf(staff, 'CSTD_TP', Y)).toBe(expected);
  });

  it('follows an admin change of the chain length to 2 years', () => {
    const staff = buildStaff('a', [buildYear(Y - 2), ...yearsWithAward('CSTDCS', [Y - 1]), buildYear(Y, { rating: 'HTXSNV', initiatives: tpInitiative() })]);
    expect(statusOf(staff, 'CSTD_TP', Y)).toBe('not_eligible');
    expect(statusOf(staff, 'CSTD_TP', Y, { overrides: [{ key: 'cstdtp.consecutiveCstdcs', value: 2 }] })).toBe('eligible');
  });
});

describe('Bằng khen Chủ tịch UBND Thành phố (individual)', () => {
  it('is eligible with 2 consecutive CSTĐCS ending in y (y by eligibility)', () => {
    expect(statusOf(buildStaff('a', [...yearsWithAward('CSTDCS', [Y - 1]), buildYear(Y, { rating: 'HTXSNV' })]), 'BK_UBND_TP', Y)).toBe('eligible');
  });

  it('is not eligible with CSTĐCS in y only and nothing else', () => {
    const staff = buildStaff('a', [buildYear(Y - 1), buildYear(Y, { rating: 'HTXSNV' })]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'BK_UBND_TP');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria[1]?.children?.[0]?.explanation).toBe('Thiếu danh hiệu CSTĐCS năm học 2023-2024');
  });

  it.each([
    ['HTXSNV in y-1 and y with 2 initiatives (one each year)', 'eligible', [1, 1], 'HTXSNV'],
    ['HTXSNV in y-1 and y with 2 initiatives in y', 'eligible', [0, 2], 'HTXSNV'],
    ['HTXSNV in y-1 and y with 1 initiative', 'not_eligible', [0, 1], 'HTXSNV'],
    ['HTTNV in y-1, HTXSNV in y, 2 initiatives', 'not_eligible', [1, 1], 'HTTNV'],
  ] as const)('%s → %s', (_label, expected, [prev, cur], prevRating) => {
    // 41 leave days in y-1: no LĐTT, hence no CSTĐCS that year; a lower form is not a prerequisite here.
    const staff = buildStaff('a', [
      buildYear(Y - 1, { rating: prevRating, leaveDays: 41, initiatives: Array.from({ length: prev }, () => buildInitiative('co_so')) }),
      buildYear(Y, { rating: 'HTXSNV', initiatives: Array.from({ length: cur }, () => buildInitiative('co_so')) }),
    ]);
    expect(statusOf(staff, 'BK_UBND_TP', Y)).toBe(expected);
  });

  it('counts an applied research project as one of the two', () => {
    const staff = buildStaff('a', [
      buildYear(Y - 1, { rating: 'HTXSNV', leaveDays: 41, research: [{ id: 'r', accepted: true, applied: true }] }),
      buildYear(Y, { rating: 'HTXSNV', initiatives: [buildInitiative('co_so')] }),
    ]);
    expect(statusOf(staff, 'BK_UBND_TP', Y)).toBe('eligible');
  });

  it('carries its legal basis with the [P] certainty', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y)])] }, Y).verdict('a', 'BK_UBND_TP');
    expect(v.criteria[1]?.basis).toMatchObject({ article: 'Điều 74 khoản 1', certainty: 'P' });
  });
});
