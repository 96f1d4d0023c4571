// Adding a criterion to a title in the editor: a row of the chosen kind, at the top level or inside a group, with
// new parameters at sensible starting values that the administrator then sets in the row.
import type { IndividualCriterion, RuleSet } from '../ruleSetTypes.ts';
import type { EditResult } from './applyTitleForm.ts';
import { individualTitle } from './applyTitleForm.ts';
import { KINDS, type CriterionKind } from './criterionKinds.ts';
import { criteriaOf, flattenCriteria, titleDisplay } from './criterionRows.ts';
import { NEW_BASIS, freshKey, newParameter } from './slotValue.ts';

/** The kinds the "add" list offers: every leaf kind, then the two groups. */
export const ADDABLE_KINDS: CriterionKind[] = [...(Object.keys(KINDS) as CriterionKind[]), 'allOf', 'anyOf'];

/** Adds a row of `kind` to title `code`, inside the group at row `parent` (null: at the top level). */
export function addCriterionRow(rs: RuleSet, code: string, kind: string, parent: number | null): EditResult {
  const title = individualTitle(rs, code);
  if (!title) return { ok: false, errors: { _form: 'Không có danh hiệu này trong bộ quy định.' } };
  if (!ADDABLE_KINDS.includes(kind as CriterionKind)) return { ok: false, errors: { kind: 'Chọn loại điều kiện.' } };
  const parameters = { ...rs.parameters };
  const firstOther = rs.titles.find((t) => t.code !== code)?.code ?? code;
  let criterion: IndividualCriterion;
  if (kind === 'allOf' || kind === 'anyOf') {
    // A group needs a member: it starts with "xếp loại từ mức", which the administrator replaces or edits.
    const key = freshKey(parameters, code.toLowerCase(), 'rating');
    parameters[key] = newParameter(key, `${title.shortName}: xếp loại tối thiểu`, 'rating', 'HTXSNV', NEW_BASIS);
    criterion = { kind, basis: NEW_BASIS, of: [{ kind: 'ratingAtLeast', rating: key, basis: NEW_BASIS }] };
  } else {
    const fields: Record<string, unknown> = { kind, basis: NEW_BASIS };
    for (const slot of KINDS[kind as keyof typeof KINDS].slots) {
      if (slot.type === 'title') fields[slot.field] = firstOther;
      else if (slot.type === 'flag') fields[slot.field] = false;
      else if (!slot.optional) {
        const key = freshKey(parameters, code.toLowerCase(), slot.field);
        parameters[key] = newParameter(key, `${title.shortName}: ${slot.label.toLowerCase()}`, slot.kind, slot.initial, NEW_BASIS);
        fields[slot.field] = key;
      }
    }
    criterion = fields as unknown as IndividualCriterion;
  }
  const display = titleDisplay(title);
  let list: IndividualCriterion[];
  if (parent === null) list = [...display.list, criterion];
  else {
    const target = flattenCriteria(display.list)[parent]?.criterion;
    if (!target || (target.kind !== 'anyOf' && target.kind !== 'allOf')) return { ok: false, errors: { parent: 'Chọn một nhóm điều kiện.' } };
    const insert = (items: readonly IndividualCriterion[]): IndividualCriterion[] =>
      items.map((c) =>
        c === target && (c.kind === 'anyOf' || c.kind === 'allOf')
          ? { ...c, of: [...c.of, criterion] }
          : c.kind === 'anyOf' || c.kind === 'allOf'
            ? { ...c, of: insert(c.of) }
            : c,
      );
    list = insert(display.list);
  }
  const criteria = criteriaOf({ ...display, list });
  return { ok: true, ruleSet: { ...rs, parameters, titles: rs.titles.map((t) => (t.code === code ? { ...title, criteria } : t)) } };
}
