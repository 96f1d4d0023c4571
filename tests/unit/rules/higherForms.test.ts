// Higher forms (domain.md §2, §13.3): CSTĐ toàn quốc [V], Bằng khen Thủ tướng [P], Huân chương Lao động hạng Ba [U].
import { describe, expect, it } from 'vitest';
import { buildAward, buildInitiative, buildStaff, buildYear, evaluate, statusOf } from './factories.ts';

const Y = 2024;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('CSTĐ toàn quốc: 2 consecutive CSTĐ Thành phố (3 years apart) + a toàn quốc initiative', () => {
  const history = (prevTp: number, initiativeAt: number) =>
    range(Y - 6, Y - 1).map((y) =>
      buildYear(y, {
        awards: y === prevTp ? [buildAward('CSTD_TP', y)] : [],
        initiatives: y === initiativeAt ? [buildInitiative('toan_quoc')] : [],
      }),
    );

  it.each([
    ['CSTĐ TP in y-3 and y, initiative in y-4', 'eligible', Y - 3, Y - 4],
    ['CSTĐ TP in y-2 and y (not consecutive terms)', 'not_eligible', Y - 2, Y - 4],
    ['initiative in y-6 (outside 6 years)', 'not_eligible', Y - 3, Y - 6],
  ] as const)('%s → %s', (_label, expected, prevTp, initiativeAt) => {
    const staff = buildStaff('a', [...history(prevTp, initiativeAt), buildYear(Y, { awards: [buildAward('CSTD_TP', Y)] })]);
    expect(statusOf(staff, 'CSTD_TQ', Y)).toBe(expected);
  });

  it('marks the 3-year spacing as unverified', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y)])] }, Y);
    expect(v.ruleSet.parameters['cstdtq.cstdtpPeriodYears']?.basis.certainty).toBe('U');
  });
});

describe('Bằng khen Thủ tướng [P]: Bằng khen TP, then 5 consecutive HTXSNV with 3 CSTĐCS', () => {
  const build = (bkAt: number, cstdcsYears: number[]) =>
    buildStaff('a', [
      buildYear(bkAt, { rating: 'HTXSNV', awards: [buildAward('BK_UBND_TP', bkAt)] }),
      ...range(Y - 4, Y)
        .filter((y) => y !== bkAt)
        .map((y) =>
          buildYear(y, {
            rating: 'HTXSNV',
            leaveDays: cstdcsYears.includes(y) ? 0 : 41,
            awards: cstdcsYears.includes(y) && y < Y ? [buildAward('CSTDCS', y)] : [],
          }),
        ),
    ]);

  it.each([
    ['BK TP in y-5, CSTĐCS in y-4, y-2 and y (y by eligibility)', 'eligible', Y - 5, [Y - 4, Y - 2, Y]],
    ['BK TP in y-5, only 2 CSTĐCS', 'not_eligible', Y - 5, [Y - 4, Y - 2]],
    ['BK TP in y-4 (inside the 5 years)', 'not_eligible', Y - 4, [Y - 3, Y - 2, Y]],
  ] as const)('%s → %s', (_label, expected, bkAt, cstdcs) => {
    expect(statusOf(build(bkAt, [...cstdcs]), 'BK_TTG', Y)).toBe(expected);
  });

  it('breaks on one year below HTXSNV', () => {
    const staff = build(Y - 5, [Y - 4, Y - 2, Y]);
    const y2 = staff.years.find((f) => f.year === Y - 3);
    if (y2) y2.rating = 'HTTNV';
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'BK_TTG');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria.find((c) => c.kind === 'consecutiveRating')?.explanation).toBe('Năm học 2021-2022 xếp loại HTTNV, chưa đạt HTXSNV');
    expect(v.criteria.find((c) => c.kind === 'consecutiveRating')?.basis.certainty).toBe('P');
  });
});

describe('Huân chương Lao động hạng Ba [U]', () => {
  it('is eligible with BK Thủ tướng 5+ years before, 5 HTXSNV years and 2 Thành phố initiatives', () => {
    const staff = buildStaff('a', [
      buildYear(Y - 5, { awards: [buildAward('BK_TTG', Y - 5)] }),
      ...range(Y - 4, Y).map((y) => buildYear(y, { rating: 'HTXSNV', initiatives: y % 2 === 0 ? [buildInitiative('thanh_pho')] : [] })),
    ]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'HCLD_III');
    expect(v.status).toBe('eligible');
    expect(v.criteria.every((c) => c.kind === 'noPendingProceedings' || c.basis.certainty === 'U')).toBe(true);
    expect(v.authority?.decides).toBe('Chủ tịch nước');
  });
});
