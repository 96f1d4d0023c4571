// Lao động tiên tiến (Luật 2022 Điều 24): each criterion and each parameter boundary, both ways.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/domain/rules/index.ts';
import { buildStaff, buildYear, evaluate, statusOf } from './factories.ts';

const Y = 2024;

describe('LĐTT, rating (ldtt.minRating = HTTNV)', () => {
  it.each<[Rating, string]>([
    ['HTXSNV', 'eligible'],
    ['HTTNV', 'eligible'],
    ['HTNV', 'not_eligible'],
    ['KHTNV', 'not_eligible'],
  ])('rated %s → %s', (rating, expected) => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { rating })]), 'LDTT', Y)).toBe(expected);
  });

  it('explains a rating below the threshold with the year', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { rating: 'HTNV' })])] }, Y).verdict('a', 'LDTT');
    const failed = v.criteria.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.explanation)).toEqual(['Xếp loại HTNV năm học 2024-2025, chưa đạt HTTNV trở lên']);
    expect(failed[0]?.basis).toMatchObject({ article: 'Điều 24 khoản 1', certainty: 'V' });
  });

  it('is missing_data, not a failure, when no rating is recorded', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { rating: null })])] }, Y).verdict('a', 'LDTT');
    expect(v.status).toBe('missing_data');
    expect(v.criteria.find((c) => c.status === 'unknown')?.explanation).toBe('Chưa có xếp loại năm học 2024-2025');
  });

  it('is not_eligible when one criterion fails even if another is unknown', () => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { rating: null, leaveDays: 41 })]), 'LDTT', Y)).toBe('not_eligible');
  });

  it('is missing_data when the year has no facts at all', () => {
    expect(statusOf(buildStaff('a', [buildYear(Y - 1)]), 'LDTT', Y)).toBe('missing_data');
  });
});

describe('LĐTT, discipline in the year (ldtt.disciplineBlockFrom = khiển trách)', () => {
  it.each([
    ['none', 'eligible', []],
    ['khiển trách', 'not_eligible', [{ level: 'khien_trach' as const, date: '2025-03-12' }]],
    ['cảnh cáo', 'not_eligible', [{ level: 'canh_cao' as const, date: '2025-03-12' }]],
  ])('discipline %s → %s', (_label, expected, disciplines) => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { disciplines })]), 'LDTT', Y)).toBe(expected);
  });

  it('names the discipline and its date', () => {
    const staff = buildStaff('a', [buildYear(Y, { disciplines: [{ level: 'khien_trach', date: '2025-03-12' }] })]);
    expect(
      evaluate({ staff: [staff] }, Y)
        .verdict('a', 'LDTT')
        .criteria.find((c) => c.status === 'fail')?.explanation,
    ).toBe('Bị kỷ luật khiển trách ngày 12/03/2025 (năm học 2024-2025)');
  });

  it('ignores a discipline recorded in another school year', () => {
    const staff = buildStaff('a', [buildYear(Y - 1, { disciplines: [{ level: 'canh_cao', date: '2024-03-01' }] }), buildYear(Y)]);
    expect(statusOf(staff, 'LDTT', Y)).toBe('eligible');
  });

  it('is missing_data when the year’s discipline record was not checked', () => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { disciplines: null })]), 'LDTT', Y)).toBe('missing_data');
  });

  it('can be raised to cảnh cáo by the admin', () => {
    const staff = buildStaff('a', [buildYear(Y, { disciplines: [{ level: 'khien_trach', date: '2025-03-12' }] })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'ldtt.disciplineBlockFrom', value: 'canh_cao' }] })).toBe('eligible');
  });
});

describe('LĐTT, months worked (ldtt.minMonthsWorked = 10, maternity counts)', () => {
  it.each([
    [12, 0, 'eligible'],
    [10, 0, 'eligible'],
    [9.5, 0, 'not_eligible'],
    [9, 0, 'not_eligible'],
    [7, 3, 'eligible'],
    [6, 3, 'not_eligible'],
  ])('%s months worked + %s months maternity leave → %s', (monthsWorked, maternityLeaveMonths, expected) => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { monthsWorked, maternityLeaveMonths })]), 'LDTT', Y)).toBe(expected);
  });

  it('says that maternity leave was counted', () => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 7, maternityLeaveMonths: 3 })]);
    expect(
      evaluate({ staff: [staff] }, Y)
        .verdict('a', 'LDTT')
        .criteria.find((c) => c.kind === 'minMonthsWorked')?.explanation,
    ).toBe('Làm việc 7 tháng + 3 tháng nghỉ thai sản = 10 tháng, đạt tối thiểu 10 tháng');
  });

  it('does not count maternity leave when the admin turns the principle off', () => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 7, maternityLeaveMonths: 3 })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'general.maternityCountsAsWorked', value: false }] })).toBe('not_eligible');
  });

  it.each([
    [9, 'eligible'],
    [8, 'not_eligible'],
  ])('with the minimum lowered to 9 months, %s months → %s', (monthsWorked, expected) => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'ldtt.minMonthsWorked', value: 9 }] })).toBe(expected);
  });

  it('is missing_data when months worked are unknown', () => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { monthsWorked: null })]), 'LDTT', Y)).toBe('missing_data');
  });
});

describe('LĐTT, leave days (ldtt.maxLeaveDays = 40, maternity excluded)', () => {
  it.each([
    [40, 0, 'eligible'],
    [41, 0, 'not_eligible'],
    [30, 120, 'eligible'],
  ])('%s leave days + %s maternity days → %s', (leaveDays, maternityLeaveDays, expected) => {
    expect(statusOf(buildStaff('a', [buildYear(Y, { leaveDays, maternityLeaveDays })]), 'LDTT', Y)).toBe(expected);
  });

  it('counts maternity days as leave when the principle is off', () => {
    const staff = buildStaff('a', [buildYear(Y, { leaveDays: 30, maternityLeaveDays: 20 })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'general.maternityCountsAsWorked', value: false }] })).toBe('not_eligible');
  });

  it.each([
    [30, 'eligible'],
    [31, 'not_eligible'],
  ])('with the maximum lowered to 30, %s days → %s', (leaveDays, expected) => {
    const staff = buildStaff('a', [buildYear(Y, { leaveDays })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'ldtt.maxLeaveDays', value: 30 }] })).toBe(expected);
  });

  it('explains 41 days', () => {
    const v = evaluate({ staff: [buildStaff('a', [buildYear(Y, { leaveDays: 41 })])] }, Y).verdict('a', 'LDTT');
    expect(v.criteria.find((c) => c.kind === 'maxLeaveDays')?.explanation).toBe('Nghỉ 41 ngày, quá 40 ngày');
  });
});

describe('no award while a discipline or investigation is pending (general rule)', () => {
  it.each([
    ['open investigation since before the evaluation date', 'not_eligible', { kind: 'investigation' as const, from: '2025-04-01', to: null }],
    ['discipline procedure covering the evaluation date', 'not_eligible', { kind: 'discipline' as const, from: '2025-05-01', to: '2025-06-10' }],
    ['procedure closed the day before the evaluation date', 'eligible', { kind: 'discipline' as const, from: '2025-01-01', to: '2025-05-30' }],
    ['procedure closing on the evaluation date', 'not_eligible', { kind: 'discipline' as const, from: '2025-01-01', to: '2025-05-31' }],
    ['procedure opened the day after the evaluation date', 'eligible', { kind: 'investigation' as const, from: '2025-06-01', to: null }],
  ])('%s → %s', (_label, expected, pending) => {
    expect(statusOf(buildStaff('a', [buildYear(Y)], { pending: [pending] }), 'LDTT', Y)).toBe(expected);
  });

  it('blocks every individual title and says why', () => {
    const staff = buildStaff('a', [buildYear(Y, { rating: 'HTXSNV' })], { pending: [{ kind: 'investigation', from: '2025-04-01', to: null }] });
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'CSTDCS');
    expect(v.status).toBe('not_eligible');
    expect(v.criteria[0]?.explanation).toBe('Đang bị điều tra từ ngày 01/04/2025');
  });
});
