// Why a value cannot be given to a parameter (null when it can): the admin form shows the reason beside the field.
import type { Parameter, ParameterValue } from './ruleSetTypes.ts';
import { DISCIPLINE_ORDER, INITIATIVE_ORDER, RATING_ORDER } from './labels.ts';

const SCALES: Partial<Record<Parameter['kind'], Readonly<Record<string, number>>>> = {
  rating: RATING_ORDER,
  discipline: DISCIPLINE_ORDER,
  initiativeLevel: INITIATIVE_ORDER,
};

/** A Vietnamese reason the value is invalid for the parameter, or null when it is valid. */
export function whyInvalidParameterValue(parameter: Parameter, value: ParameterValue): string | null {
  if (value === null) return parameter.nullable ? null : 'Tham số này bắt buộc phải có giá trị.';
  const scale = SCALES[parameter.kind];
  if (scale) return typeof value === 'string' && value in scale ? null : `Giá trị phải là một trong: ${Object.keys(scale).join(', ')}.`;
  if (parameter.kind === 'boolean') return typeof value === 'boolean' ? null : 'Giá trị phải là có hoặc không.';
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'Giá trị phải là số không âm.';
  switch (parameter.kind) {
    case 'percent':
      return value <= 100 ? null : 'Tỉ lệ phải từ 0 đến 100.';
    case 'months':
      return value <= 12 ? null : 'Số tháng phải từ 0 đến 12.';
    case 'years':
      return Number.isInteger(value) && value >= 1 && value <= 30 ? null : 'Số năm phải là số nguyên từ 1 đến 30.';
    default:
      return Number.isInteger(value) ? null : 'Giá trị phải là số nguyên.';
  }
}
