// Issue 11 points 1 and 7: maternity leave recorded in days counts as months worked (the demo's GV006: 8 months
// + 120 days), and LĐTT is not considered for someone recruited less than 6 months before the evaluation date.
import { describe, expect, it } from 'vitest';
import { buildStaff, buildYear, evaluate, statusOf } from './factories.ts';

const Y = 2025; // 2025-2026, evaluated 31/05/2026 under rule set 2

describe('maternity leave in days (the unit the school records)', () => {
  it('8 months worked + 120 maternity days → LĐTT eligible, saying how the months were counted', () => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 8, maternityLeaveDays: 120 })]);
    const v = evaluate({ staff: [staff] }, Y).verdict('a', 'LDTT');
    expect(v.status).toBe('eligible');
    expect(v.criteria.find((c) => c.kind === 'minMonthsWorked')?.explanation).toBe(
      'Làm việc 8 tháng + 4 tháng nghỉ thai sản (120 ngày, tính 30 ngày là một tháng) = 12 tháng, đạt tối thiểu 10 tháng',
    );
  });

  it('converts partial months down to one decimal: 8 months + 50 days = 9,6 months → not eligible', () => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 8, maternityLeaveDays: 50 })]);
    const c = evaluate({ staff: [staff] }, Y)
      .verdict('a', 'LDTT')
      .criteria.find((x) => x.kind === 'minMonthsWorked');
    expect(c?.status).toBe('fail');
    expect(c?.explanation).toContain('= 9,6 tháng, chưa đủ 10 tháng');
  });

  it('uses the rule set parameter for the conversion and does not count the days when the principle is off', () => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 8, maternityLeaveDays: 120 })]);
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'general.maternityDaysPerMonth', value: 60 }] })).toBe('eligible');
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'general.maternityDaysPerMonth', value: 61 }] })).toBe('not_eligible');
    expect(statusOf(staff, 'LDTT', Y, { overrides: [{ key: 'general.maternityCountsAsWorked', value: false }] })).toBe('not_eligible');
  });
});

describe('tenure (ldtt.minTenureMonths = 6, rule set 2)', () => {
  it('is a rule set 2 parameter with its legal basis and certainty', () => {
    const p = evaluate({ staff: [] }, Y).ruleSet.parameters['ldtt.minTenureMonths'];
    expect(p).toMatchObject({ value: 6, basis: { certainty: 'P' } });
    expect(p?.basis.document).toContain('01/2024/TT-BNV');
    expect(p?.basis.document).toContain('15/2025/TT-BNV');
  });

  it.each([
    ['2025-11-30', 'eligible'], // 6 months before 31/05/2026
    ['2025-12-01', 'not_eligible'], // 5 months 30 days
  ])('recruited on %s → %s', (recruitedOn, expected) => {
    const staff = buildStaff('a', [buildYear(Y, { monthsWorked: 10 })], { recruitedOn });
    expect(statusOf(staff, 'LDTT', Y)).toBe(expected);
  });

  it('names the recruitment date in the refusal', () => {
    const staff = buildStaff('a', [buildYear(Y)], { recruitedOn: '2026-01-05' });
    const c = evaluate({ staff: [staff] }, Y)
      .verdict('a', 'LDTT')
      .criteria.find((x) => x.kind === 'minTenureMonths');
    expect(c?.explanation).toBe('Tuyển dụng ngày 05/01/2026, chưa đủ 6 tháng đến ngày xét 31/05/2026');
  });

  it('without a recruitment date: proven by an earlier year on record or by months worked, else unknown', () => {
    expect(statusOf(buildStaff('a', [buildYear(Y - 1), buildYear(Y, { monthsWorked: 3 })]), 'LDTT', Y)).toBe('not_eligible'); // months fail, tenure passes
    const tenure = (years: ReturnType<typeof buildYear>[]) =>
      evaluate({ staff: [buildStaff('a', years)] }, Y)
        .verdict('a', 'LDTT')
        .criteria.find((x) => x.kind === 'minTenureMonths')?.status;
    expect(tenure([buildYear(Y - 1), buildYear(Y, { monthsWorked: 3 })])).toBe('pass');
    expect(tenure([buildYear(Y, { monthsWorked: 12 })])).toBe('pass');
    expect(tenure([buildYear(Y, { monthsWorked: 4 })])).toBe('unknown');
  });

  it('does not apply under rule set 1', () => {
    expect(statusOf(buildStaff('a', [buildYear(2024)], { recruitedOn: '2025-03-01' }), 'LDTT', 2024)).toBe('eligible');
  });
});
