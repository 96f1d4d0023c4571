// Parameters an admin can change (audited elsewhere): overrides on top of a rule set, validated, dated.
import { describe, expect, it } from 'vitest';
import { LUAT_2022_ND_152, LUAT_2022_ND_98, RuleParameterError, whyInvalidParameterValue, withParameterOverrides } from '../../../src/domain/rules/index.ts';
import { buildStaff, buildYear, statusOf } from './factories.ts';

describe('withParameterOverrides', () => {
  it('returns a changed copy and leaves the shipped rule set alone', () => {
    const rs = withParameterOverrides(LUAT_2022_ND_152, [{ key: 'ldtt.maxLeaveDays', value: 30, reason: 'Quy chế trường 2025' }]);
    expect(rs.parameters['ldtt.maxLeaveDays']?.value).toBe(30);
    expect(rs.parameters['ldtt.maxLeaveDays']?.defaultValue).toBe(40);
    expect(rs.parameters['ldtt.maxLeaveDays']?.override?.reason).toBe('Quy chế trường 2025');
    expect(LUAT_2022_ND_152.parameters['ldtt.maxLeaveDays']?.value).toBe(40);
  });

  it('applies only overrides effective on the date, the latest winning', () => {
    const overrides = [
      { key: 'ldtt.maxLeaveDays', value: 30, effectiveFrom: '2025-09-01' },
      { key: 'ldtt.maxLeaveDays', value: 35, effectiveFrom: '2026-01-01' },
    ];
    expect(withParameterOverrides(LUAT_2022_ND_152, overrides, '2025-08-31').parameters['ldtt.maxLeaveDays']?.value).toBe(40);
    expect(withParameterOverrides(LUAT_2022_ND_152, overrides, '2025-09-01').parameters['ldtt.maxLeaveDays']?.value).toBe(30);
    expect(withParameterOverrides(LUAT_2022_ND_152, overrides, '2026-05-31').parameters['ldtt.maxLeaveDays']?.value).toBe(35);
  });

  it('applies an override to its own rule set only', () => {
    const overrides = [{ key: 'ldtt.maxLeaveDays', value: 30, ruleSetId: LUAT_2022_ND_152.id }];
    expect(withParameterOverrides(LUAT_2022_ND_98, overrides)).toBe(LUAT_2022_ND_98);
  });

  it.each([
    ['an unknown key', 'ldtt.nope', 1, 'không có tham số "ldtt.nope"'],
    ['a percentage above 100', 'ttldtt.minPctLdtt', 120, 'Tỉ lệ phải từ 0 đến 100.'],
    ['an unknown rating', 'ldtt.minRating', 'XUATSAC', 'Giá trị phải là một trong: KHTNV, HTNV, HTTNV, HTXSNV.'],
    ['null where a value is required', 'ldtt.maxLeaveDays', null, 'Tham số này bắt buộc phải có giá trị.'],
    ['a fractional count', 'bktp.initiativeCount', 1.5, 'Giá trị phải là số nguyên.'],
    ['zero years', 'cstdtp.consecutiveCstdcs', 0, 'Số năm phải là số nguyên từ 1 đến 30.'],
  ])('rejects %s', (_label, key, value, message) => {
    expect(() => withParameterOverrides(LUAT_2022_ND_152, [{ key, value }])).toThrow(RuleParameterError);
    expect(() => withParameterOverrides(LUAT_2022_ND_152, [{ key, value }])).toThrow(message);
  });

  it('accepts null where "not applied" is meaningful (no cap)', () => {
    const cap = LUAT_2022_ND_152.parameters['cstdcs.capPctOfLdtt'];
    expect(cap && whyInvalidParameterValue(cap, null)).toBeNull();
    expect(cap && whyInvalidParameterValue(cap, 15)).toBeNull();
  });
});

describe('overrides in an evaluation apply as of its evaluation date', () => {
  const staff = buildStaff('a', [buildYear(2025, { leaveDays: 35 })]);
  const overrides = [{ key: 'ldtt.maxLeaveDays', value: 30, effectiveFrom: '2026-06-01' }];

  it.each([
    ['31/05/2026 (before the change)', '2026-05-31', 'eligible'],
    ['01/06/2026 (the change applies)', '2026-06-01', 'not_eligible'],
  ])('evaluated on %s → %s', (_label, evaluationDate, expected) => {
    expect(statusOf(staff, 'LDTT', 2025, { evaluationDate, overrides })).toBe(expected);
  });
});
