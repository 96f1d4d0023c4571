// Adding a criterion to a title in the editor: a row of the chosen kind, at the top level or inside a group, with
// new parameters at sensible starting values that the administrator then sets in the row.
import type { RuleSet } from '../ruleSetTypes.ts';
import type { EditResult } from './applyTitleForm.ts';
import { editableTitle, withCriteria } from './applyTitleForm.ts';
import { KINDS, kindsFor, type Criterion, type CriterionKind, type Subject } from './criterionKinds.ts';
import { criteriaOf, flattenCriteria, titleDisplay } from './criterionRows.ts';
import { freshLeaf } from './freshLeaf.ts';
import { NEW_BASIS } from './slotValue.ts';

/** The kinds the "add" list offers for an individual title: every leaf kind, then the two groups. */
export const ADDABLE_KINDS: CriterionKind[] = [...(Object.keys(KINDS) as CriterionKind[]), 'allOf', 'anyOf'];

/** The kinds the "add" list offers for a title of `subject`. */
export function addableKinds(subject: Subject): CriterionKind[] {
  return [...(Object.keys(kindsFor(subject)) as CriterionKind[]), 'allOf', 'anyOf'];
}

/** Adds a row of `kind` to title `code`, inside the group at row `parent` (null: at the top level). */
export function addCriterionRow(rs: RuleSet, code: string, kind: string, parent: number | null): EditResult {
  const title = editableTitle(rs, code);
  if (!title) return { ok: false, errors: { _form: 'Không có danh hiệu này trong bộ quy định.' } };
  if (!addableKinds(title.subject).includes(kind as CriterionKind)) return { ok: false, errors: { kind: 'Chọn loại điều kiện.' } };
  const parameters = { ...rs.parameters };
  // A member's title of a collective is an individual title; a chain or history row names another title.
  const firstOther = rs.titles.find((t) => t.code !== code && t.subject === 'individual')?.code ?? code;
  const leaf = (k: string): Criterion => freshLeaf(parameters, title, k, NEW_BASIS, firstOther);
  // A group needs a member: it starts with the first kind of the list (a rating), which the administrator edits.
  const criterion: Criterion =
    kind === 'allOf' || kind === 'anyOf' ? ({ kind, basis: NEW_BASIS, of: [leaf(Object.keys(kindsFor(title.subject))[0]!)] } as Criterion) : leaf(kind);
  const display = titleDisplay(title);
  let list: Criterion[];
  if (parent === null) list = [...display.list, criterion];
  else {
    const target = flattenCriteria(display.list)[parent]?.criterion;
    if (!target || (target.kind !== 'anyOf' && target.kind !== 'allOf')) return { ok: false, errors: { parent: 'Chọn một nhóm điều kiện.' } };
    const insert = (items: readonly Criterion[]): Criterion[] =>
      items.map((c) =>
        c === target && (c.kind === 'anyOf' || c.kind === 'allOf')
          ? ({ ...c, of: [...(c.of as Criterion[]), criterion] } as Criterion)
          : c.kind === 'anyOf' || c.kind === 'allOf'
            ? ({ ...c, of: insert(c.of as Criterion[]) } as Criterion)
            : c,
      );
    list = insert(display.list);
  }
  const criteria = criteriaOf({ ...display, list });
  return { ok: true, ruleSet: withCriteria(rs, title, criteria, parameters) };
}
