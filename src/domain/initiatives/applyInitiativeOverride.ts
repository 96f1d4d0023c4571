// A school year's changes to the shipped initiative rules: validated, then laid over the defaults. A changed value
// keeps the basis of the default it replaces, with a note saying the school changed it.
import type { LegalBasis } from '../rules/ruleSetTypes.ts';
import type { InitiativeRules, InitiativeRulesOverride } from './initiativeRuleTypes.ts';

const changed = (basis: LegalBasis): LegalBasis => ({ ...basis, note: `${basis.note ? `${basis.note}; ` : ''}trường đã điều chỉnh` });

/** Why an override cannot be used (a Vietnamese sentence), or null when it is valid. */
export function whyInvalidInitiativeOverride(o: InitiativeRulesOverride): string | null {
  if (o.criteria) {
    if (o.criteria.length === 0) return 'Thang điểm cần ít nhất một tiêu chí.';
    if (new Set(o.criteria.map((c) => c.key)).size !== o.criteria.length) return 'Mỗi tiêu chí cần một mã riêng.';
    if (o.criteria.some((c) => !Number.isInteger(c.maxPoints) || c.maxPoints <= 0)) return 'Điểm tối đa của mỗi tiêu chí là số nguyên dương.';
  }
  if (o.bands) {
    if (new Set(o.bands.map((b) => b.grade)).size !== o.bands.length) return 'Mỗi loại cần một tên riêng.';
    if (o.bands.some((b) => !(b.minPoints >= 0))) return 'Ngưỡng điểm của mỗi loại không được âm.';
  }
  if (o.disagreementThreshold !== undefined && !(o.disagreementThreshold >= 0)) return 'Mức chênh lệch không được âm.';
  if (o.reviewersPerInitiative !== undefined && !(Number.isInteger(o.reviewersPerInitiative) && o.reviewersPerInitiative >= 2))
    return 'Mỗi sáng kiến cần ít nhất 2 người chấm.';
  if (o.scoringReminderDays !== undefined && !(Number.isInteger(o.scoringReminderDays) && o.scoringReminderDays >= 0 && o.scoringReminderDays <= 30))
    return 'Số ngày nhắc trước hạn chấm từ 0 đến 30.';
  if (o.decimals !== undefined && !(Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= 2)) return 'Làm tròn từ 0 đến 2 chữ số thập phân.';
  return null;
}

/** The rules of a school year: the shipped rules with the year's (valid) override applied. */
export function initiativeRulesWith(base: InitiativeRules, o: InitiativeRulesOverride | null | undefined): InitiativeRules {
  if (!o || whyInvalidInitiativeOverride(o)) return base;
  return {
    ...base,
    rubric: o.criteria ? { criteria: o.criteria, basis: changed(base.rubric.basis) } : base.rubric,
    grades: o.bands ? { bands: [...o.bands].sort((a, b) => b.minPoints - a.minPoints), basis: changed(base.grades.basis) } : base.grades,
    disagreementThreshold:
      o.disagreementThreshold !== undefined ? { value: o.disagreementThreshold, basis: changed(base.disagreementThreshold.basis) } : base.disagreementThreshold,
    reviewersPerInitiative:
      o.reviewersPerInitiative !== undefined
        ? { value: o.reviewersPerInitiative, basis: changed(base.reviewersPerInitiative.basis) }
        : base.reviewersPerInitiative,
    rounding: o.decimals !== undefined ? { decimals: o.decimals, basis: changed(base.rounding.basis) } : base.rounding,
    excludeSameCollective:
      o.excludeSameCollective !== undefined ? { value: o.excludeSameCollective, basis: changed(base.excludeSameCollective.basis) } : base.excludeSameCollective,
    scoringReminderDays:
      o.scoringReminderDays !== undefined ? { value: o.scoringReminderDays, basis: changed(base.scoringReminderDays.basis) } : base.scoringReminderDays,
    recognisedBy: o.recognisedByTitle ? { title: o.recognisedByTitle, basis: changed(base.recognisedBy.basis) } : base.recognisedBy,
  };
}

/** The rubric's total: the sum of the criteria's maximum points. */
export function rubricMax(rules: InitiativeRules): number {
  return rules.rubric.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
}
