// The title form of the rule-set editor applied to a rule set: the outer combinator, each row's kind (a leaf's new
// kind starts with fresh parameters; a leaf may become a group holding it, and a group holding one criterion may become
// that criterion), group (rows move into and out of groups; cycles and orphans are refused), award, thresholds and
// switches, its legal basis, and the rows marked for removal. A threshold changed in a row changes only that row: a
// parameter other places also read is split into a new one (the others keep their value).
import type { IndividualTitle, LegalBasis, Parameter, RuleSet, TitleDefinition } from '../ruleSetTypes.ts';
import { basisFromCells, cell, type Errors, type FormCells } from './basisFields.ts';
import { isGroup, kindsFor, leafInfo, type Criterion, type GroupKind } from './criterionKinds.ts';
import { criteriaOf, dropUnusedParameters, flattenCriteria, parameterUses, structureOf, titleDisplay } from './criterionRows.ts';
import { freshLeaf } from './freshLeaf.ts';
import { SINGLE, assembleTree, readRowTree } from './rowTree.ts';
import { freshKey, newParameter, parseSlotValue } from './slotValue.ts';

export type EditResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: Errors };

const GROUPS: readonly string[] = ['allOf', 'anyOf'];

/** The individual title `code` of the rule set, or undefined. */
export function individualTitle(rs: RuleSet, code: string): IndividualTitle | undefined {
  const t = rs.titles.find((x) => x.code === code);
  return t?.subject === 'individual' ? t : undefined;
}

/** The title `code` of the rule set (individual or collective), or undefined. */
export function editableTitle(rs: RuleSet, code: string): TitleDefinition | undefined {
  return rs.titles.find((x) => x.code === code);
}

/** The rule set with title `code`'s criteria replaced. */
export function withCriteria(rs: RuleSet, title: TitleDefinition, criteria: Criterion[], parameters = rs.parameters): RuleSet {
  return { ...rs, parameters, titles: rs.titles.map((t) => (t.code === title.code ? ({ ...title, criteria } as TitleDefinition) : t)) };
}

/** Applies the submitted title form; field errors are keyed by the form's field names (r<i>.<field>). */
export function applyTitleForm(rs: RuleSet, code: string, form: FormCells): EditResult {
  const title = editableTitle(rs, code);
  if (!title) return { ok: false, errors: { _form: 'Không có danh hiệu này trong bộ quy định.' } };
  const display = titleDisplay(title);
  const rows = flattenCriteria(display.list);
  if (cell(form, 'structure') !== structureOf(rows)) {
    return { ok: false, errors: { _form: 'Các điều kiện của danh hiệu vừa được thay đổi ở nơi khác. Hãy tải lại trang rồi sửa lại.' } };
  }
  const errors: Errors = {};
  // Each row's kind: a leaf's is one of the title's leaf kinds or a group (it becomes a group holding it); a group's is
  // "all of", "any of" or "single" (checked first, so it shows beside the row with any tree error).
  for (const r of rows) {
    const name = `r${r.index}.kind`;
    if (!Object.hasOwn(form, name)) continue;
    const kind = cell(form, name);
    const allowed = isGroup(r.criterion) ? kind === SINGLE || GROUPS.includes(kind) : GROUPS.includes(kind) || Object.hasOwn(kindsFor(title.subject), kind);
    if (!allowed) errors[name] = 'Chọn loại điều kiện.';
  }
  const tree = readRowTree(rows, form, errors);
  if (!tree) return { ok: false, errors };
  const parameters: Record<string, Parameter> = { ...rs.parameters };
  const uses = parameterUses(rs);
  const ctx: LeafContext = { rs, title, form, errors, parameters, uses, codes: new Set(rs.titles.map((t) => t.code)) };

  // The rows kept, each under the group its form names, in the order the editor showed them.
  const list = assembleTree(rows, tree, (r, of) => {
    const f = (name: string) => `r${r.index}.${name}`;
    const c = r.criterion;
    const basis = basisFromCells(form, f('basis'), errors, c.basis);
    if (!isGroup(c)) return editLeaf(ctx, r.index, c, basis);
    // A group's kind is its "Loại điều kiện" cell; a page from before that cell sent "r<i>.combinator".
    const kind = cell(form, Object.hasOwn(form, f('kind')) ? f('kind') : f('combinator'));
    if (!GROUPS.includes(kind)) errors[f('kind')] ??= 'Chọn loại điều kiện.';
    if (of.length === 0) errors[f('kind')] = 'Nhóm phải còn ít nhất một điều kiện.';
    return { kind: kind === 'anyOf' ? 'anyOf' : 'allOf', of, basis } as Criterion;
  });

  const combinator = cell(form, 'combinator');
  if (!GROUPS.includes(combinator)) errors.combinator = 'Chọn cách kết hợp.';
  if (list.length === 0) errors._form = 'Danh hiệu phải có ít nhất một điều kiện.';
  if (Object.keys(errors).length) return { ok: false, errors };
  const criteria = criteriaOf({ combinator: combinator as GroupKind, list, wrapperBasis: display.wrapperBasis });
  // Parameters only the removed or re-kinded rows read leave the set (the diff shows them gone).
  return { ok: true, ruleSet: dropUnusedParameters(uses, withCriteria(rs, title, criteria, parameters)) };
}

interface LeafContext {
  rs: RuleSet;
  title: TitleDefinition;
  form: FormCells;
  errors: Errors;
  parameters: Record<string, Parameter>;
  uses: Map<string, number>;
  codes: Set<string>;
}

/** A leaf row as submitted: a new kind starts afresh (its kind's starting values); else its award, switches, thresholds. */
function editLeaf(ctx: LeafContext, i: number, c: Exclude<Criterion, { kind: GroupKind }>, basis: LegalBasis): Criterion {
  const { form, errors, parameters, title } = ctx;
  const f = (name: string) => `r${i}.${name}`;
  if (Object.hasOwn(form, f('kind'))) {
    const kind = cell(form, f('kind'));
    if (Object.hasOwn(kindsFor(title.subject), kind) && kind !== c.kind) {
      const old = (c as unknown as Record<string, unknown>).title;
      const award = typeof old === 'string' ? old : (ctx.rs.titles.find((t) => t.code !== title.code && t.subject === 'individual')?.code ?? title.code);
      return freshLeaf(parameters, title, kind, basis, award);
    }
  }
  const next: Record<string, unknown> = { ...c, basis };
  for (const slot of leafInfo(c.kind).slots) {
    const name = f(slot.field);
    const raw = cell(form, name);
    if (slot.type === 'title') {
      if (!ctx.codes.has(raw)) errors[name] = 'Chọn một danh hiệu của bộ quy định.';
      else next[slot.field] = raw;
    } else if (slot.type === 'flag') {
      next[slot.field] = raw === 'true';
    } else {
      const oldKey = (c as unknown as Record<string, unknown>)[slot.field] as string | undefined;
      const old = oldKey === undefined ? undefined : parameters[oldKey];
      if (slot.optional && raw === '') {
        delete next[slot.field];
        continue;
      }
      const parsed = parseSlotValue(slot.kind, raw, old?.nullable ?? false);
      if (!parsed.ok) {
        errors[name] = parsed.reason;
        continue;
      }
      if (old && old.value === parsed.value) continue;
      if (old && (ctx.uses.get(old.key) ?? 0) <= 1) {
        parameters[old.key] = { ...old, value: parsed.value };
      } else {
        const key = freshKey(parameters, title.code.toLowerCase(), slot.field);
        const label = `${title.shortName}: ${slot.label.toLowerCase()}`;
        parameters[key] = old ? { ...old, key, label, value: parsed.value } : newParameter(key, label, slot.kind, parsed.value, basis);
        next[slot.field] = key;
      }
    }
  }
  return next as unknown as Criterion;
}
