// The editor's other forms applied to a rule set: parameters (value, name, legal basis and certainty), authorities
// and receiving bodies per title, and the dossier parts' names and form numbers.
import type { AwardCode } from '../facts.ts';
import type { Authority, DossierPartDefinition, Parameter, RuleSet } from '../ruleSetTypes.ts';
import type { EditResult } from './applyTitleForm.ts';
import { basisFromCells, cell, requiredCell, type Errors, type FormCells } from './basisFields.ts';
import { parseSlotValue } from './slotValue.ts';

const done = (rs: RuleSet, errors: Errors): EditResult => (Object.keys(errors).length ? { ok: false, errors } : { ok: true, ruleSet: rs });

/** Every parameter's value, name and basis (fields p.<key>.value, p.<key>.label, p.<key>.basis.*). */
export function applyParameterForm(rs: RuleSet, form: FormCells): EditResult {
  const errors: Errors = {};
  const parameters: Record<string, Parameter> = {};
  for (const p of Object.values(rs.parameters)) {
    const f = (name: string) => `p.${p.key}.${name}`;
    if (!Object.hasOwn(form, f('value'))) {
      parameters[p.key] = p; // not on the form (added meanwhile): unchanged
      continue;
    }
    const parsed = parseSlotValue(p.kind, cell(form, f('value')), p.nullable);
    if (!parsed.ok) errors[f('value')] = parsed.reason;
    const label = requiredCell(form, f('label'), 300, errors);
    const basis = basisFromCells(form, f('basis'), errors, p.basis);
    parameters[p.key] = { ...p, label, basis, value: parsed.ok ? parsed.value : p.value };
  }
  return done({ ...rs, parameters }, errors);
}

/** Who decides and who receives, per title (fields a.<code>.decides, .receives, .decidesBasis.*, .receivesBasis.*). */
export function applyAuthorityForm(rs: RuleSet, form: FormCells): EditResult {
  const errors: Errors = {};
  const authorities: Partial<Record<AwardCode, Authority>> = {};
  for (const [code, a] of Object.entries(rs.authorities) as [AwardCode, Authority][]) {
    const f = (name: string) => `a.${code}.${name}`;
    if (!Object.hasOwn(form, f('decides'))) {
      authorities[code] = a;
      continue;
    }
    const level = cell(form, f('level'));
    if (!['local', 'city', 'state'].includes(level)) errors[f('level')] = 'Chọn cấp.';
    authorities[code] = {
      level: (['local', 'city', 'state'].includes(level) ? level : a.level) as Authority['level'],
      decides: requiredCell(form, f('decides'), 300, errors),
      receives: requiredCell(form, f('receives'), 300, errors),
      decidesBasis: basisFromCells(form, f('decidesBasis'), errors, a.decidesBasis),
      receivesBasis: basisFromCells(form, f('receivesBasis'), errors, a.receivesBasis),
    };
  }
  return done({ ...rs, authorities }, errors);
}

/** The dossier parts' names, form numbers ('' = no national form) and whether each is required (fields d<i>.*). */
export function applyDossierForm(rs: RuleSet, form: FormCells): EditResult {
  const errors: Errors = {};
  const dossierParts: DossierPartDefinition[] = rs.dossierParts.map((part, i) => {
    const f = (name: string) => `d${i}.${name}`;
    if (!Object.hasOwn(form, f('name'))) return part;
    const name = requiredCell(form, f('name'), 300, errors);
    const formName = cell(form, f('form'));
    if (formName.length > 300) errors[f('form')] = 'Tối đa 300 ký tự.';
    const required = cell(form, f('required'));
    if (required !== 'true' && required !== 'false') errors[f('required')] = 'Chọn bắt buộc hoặc không.';
    return {
      ...part,
      name,
      form: formName === '' ? null : formName,
      required: required === 'true',
      basis: basisFromCells(form, f('basis'), errors, part.basis),
    };
  });
  return done({ ...rs, dossierParts }, errors);
}
