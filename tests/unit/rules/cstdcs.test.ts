// Chiến sĩ thi đua cơ sở (Luật 2022 Điều 23): LĐTT in the year plus one of three alternatives, each alone.
import { describe, expect, it } from 'vitest';
import type { StaffYearFacts } from '../../../src/domain/rules/index.ts';
import { buildAward, buildInitiative, buildStaff, buildYear, evaluate, statusOf } from './factories.ts';

const Y = 2024;
const cstdcs = (over: Partial<StaffYearFacts>, options = {}) => statusOf(buildStaff('a', [buildYear(Y, over)]), 'CSTDCS', Y, options);

describe('CSTĐCS alternatives, each alone (on top of LĐTT)', () => {
  it.each<[string, string, Partial<StaffYearFacts>]>([
    ['HTXSNV rating alone', 'eligible', { rating: 'HTXSNV' }],
    ['HTTNV + initiative cấp cơ sở', 'eligible', { initiatives: [buildInitiative('co_so')] }],
    ['HTTNV + initiative cấp Thành phố', 'eligible', { initiatives: [buildInitiative('thanh_pho')] }],
    ['HTTNV + research accepted and applied', 'eligible', { research: [{ id: 'r', accepted: true, applied: true }] }],
    ['HTTNV + research accepted, not applied', 'not_eligible', { research: [{ id: 'r', accepted: true, applied: false }] }],
    ['HTTNV + research not accepted', 'not_eligible', { research: [{ id: 'r', accepted: false, applied: true }] }],
    ['HTTNV + research accepted, application not yet confirmed', 'missing_data', { research: [{ id: 'r', accepted: true, applied: null }] }],
    ['HTTNV and nothing else', 'not_eligible', {}],
  ])('%s → %s', (_label, expected, over) => {
    expect(cstdcs(over)).toBe(expected);
  });

  it('explains why none of the alternatives holds', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y)])] }, Y).verdict('a', 'CSTDCS');
    const alt = v.criteria.find((c) => c.kind === 'anyOf');
    expect(alt?.status).toBe('fail');
    expect(alt?.children?.map((c) => c.explanation)).toEqual([
      'Xếp loại HTTNV năm học 2024-2025, chưa đạt HTXSNV',
      'Không có sáng kiến cấp cơ sở trở lên năm học 2024-2025',
      'Không có đề tài được nghiệm thu và áp dụng năm học 2024-2025',
    ]);
    expect(alt?.basis).toMatchObject({ article: 'Điều 23', certainty: 'V' });
  });

  it('does not count an initiative recognised in the previous year', () => {
    const staff = buildStaff('a', [buildYear(Y - 1, { initiatives: [buildInitiative('co_so')] }), buildYear(Y)]);
    expect(statusOf(staff, 'CSTDCS', Y)).toBe('not_eligible');
  });

  it('counts a co-author unless the admin sets a minimum share above theirs', () => {
    const initiatives = [
      buildInitiative('co_so', {
        authors: [
          { staffId: 'a', sharePct: 30 },
          { staffId: 'b', sharePct: 70 },
        ],
      }),
    ];
    expect(cstdcs({ initiatives })).toBe('eligible');
    expect(cstdcs({ initiatives }, { overrides: [{ key: 'initiative.minSharePct', value: 30 }] })).toBe('eligible');
    expect(cstdcs({ initiatives }, { overrides: [{ key: 'initiative.minSharePct', value: 31 }] })).toBe('not_eligible');
  });

  it('can require a Thành phố initiative when the admin raises the level', () => {
    const options = { overrides: [{ key: 'cstdcs.initiativeLevel', value: 'thanh_pho' }] };
    expect(cstdcs({ initiatives: [buildInitiative('co_so')] }, options)).toBe('not_eligible');
    expect(cstdcs({ initiatives: [buildInitiative('thanh_pho')] }, options)).toBe('eligible');
  });
});

describe('CSTĐCS requires LĐTT in the same year', () => {
  it('fails an HTXSNV teacher who is not LĐTT (41 leave days)', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { rating: 'HTXSNV', leaveDays: 41 })])] }, Y).verdict('a', 'CSTDCS');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria.find((c) => c.kind === 'titleInYear')?.explanation).toBe('Không đạt LĐTT năm học 2024-2025: Nghỉ 41 ngày, quá 40 ngày');
  });

  it('accepts an LĐTT already approved for the year, citing the decision', () => {
    const staff = buildStaff('a', [buildYear(Y, { rating: 'HTXSNV', monthsWorked: null, awards: [buildAward('LDTT', Y)] })]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTDCS');
    expect(v.status).toBe('eligible');
    expect(v.criteria.find((c) => c.kind === 'titleInYear')?.explanation).toMatch(/^Đã được công nhận LĐTT năm học 2024-2025 \(QĐ số .+ ngày 15\/06\/2025\)$/);
  });

  it('is missing_data when LĐTT cannot be decided', () => {
    expect(cstdcs({ rating: 'HTXSNV', leaveDays: null })).toBe('missing_data');
  });
});
