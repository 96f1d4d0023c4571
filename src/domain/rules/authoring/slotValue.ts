// Reading a submitted cell into a parameter's kind of value, and minting new parameters for edited rows.
import type { LegalBasis, Parameter, ParameterKind, ParameterValue, RuleSet } from '../ruleSetTypes.ts';
import { whyInvalidParameterValue } from '../whyInvalidParameterValue.ts';

/** The submitted text as a value of `kind` ('' → null), or a Vietnamese reason it is not one. */
export function parseSlotValue(kind: ParameterKind, raw: string, nullable: boolean): { ok: true; value: ParameterValue } | { ok: false; reason: string } {
  const v = raw.trim();
  let value: ParameterValue;
  if (v === '') value = null;
  else if (kind === 'boolean') {
    if (v !== 'true' && v !== 'false') return { ok: false, reason: 'Chọn Có hoặc Không.' };
    value = v === 'true';
  } else if (kind === 'rating' || kind === 'discipline' || kind === 'initiativeLevel') value = v;
  else {
    const n = v.replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(n)) return { ok: false, reason: 'Nhập một số.' };
    value = Number(n);
  }
  const why = whyInvalidParameterValue({ key: '', label: '', kind, nullable, value: null, defaultValue: null, basis: NEW_BASIS }, value);
  return why ? { ok: false, reason: why } : { ok: true, value };
}

/** The basis a row or parameter added in the app starts with, until the administrator cites the text. */
export const NEW_BASIS: LegalBasis = { document: 'Quy định do trường nhập', article: 'chưa ghi điều khoản', certainty: 'U' };

/** A parameter key not yet used in the rule set: "<prefix>.<field>.<n>". */
export function freshKey(parameters: Record<string, Parameter>, prefix: string, field: string): string {
  for (let n = 1; ; n++) {
    const key = `${prefix}.${field}.${n}`;
    if (!Object.hasOwn(parameters, key)) return key;
  }
}

/** A new parameter (its default is the value it starts with). */
export function newParameter(key: string, label: string, kind: ParameterKind, value: ParameterValue, basis: LegalBasis): Parameter {
  return { key, label, kind, nullable: false, value, defaultValue: value, basis };
}

/** The rule set's parameters as a fresh record the editor may change. */
export function parametersCopy(rs: RuleSet): Record<string, Parameter> {
  return { ...rs.parameters };
}
