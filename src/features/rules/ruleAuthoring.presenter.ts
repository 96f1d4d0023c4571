// Editor view models: the rows of a title (with each slot's input: number with unit, list, award), the parameter
// table, authorities and dossier parts, with the value shown being what was typed after a refused save.
import type { AwardCode, ParameterKind, RuleSet } from '../../domain/rules/index.ts';
import { GROUP_LABEL, UNIT, isGroup, kindLabel, kindsFor, leafInfo, type CriterionKind } from '../../domain/rules/authoring/criterionKinds.ts';
import { SINGLE, currentParents } from '../../domain/rules/authoring/rowTree.ts';
import { flattenCriteria, structureOf, titleDisplay } from '../../domain/rules/authoring/criterionRows.ts';
import { addableKinds } from '../../domain/rules/authoring/addCriterionRow.ts';
import { editableTitle } from '../../domain/rules/authoring/applyTitleForm.ts';

export interface Option {
  value: string;
  label: string;
}

export interface SlotView {
  name: string;
  label: string;
  unit: string;
  options: Option[] | null; // null: a number input
  value: string;
}

const RATINGS: Option[] = [
  { value: 'HTXSNV', label: 'HTXSNV — Hoàn thành xuất sắc nhiệm vụ' },
  { value: 'HTTNV', label: 'HTTNV — Hoàn thành tốt nhiệm vụ' },
  { value: 'HTNV', label: 'HTNV — Hoàn thành nhiệm vụ' },
  { value: 'KHTNV', label: 'KHTNV — Không hoàn thành nhiệm vụ' },
];
const DISCIPLINE: Option[] = [
  { value: 'khien_trach', label: 'Khiển trách' },
  { value: 'canh_cao', label: 'Cảnh cáo' },
  { value: 'cach_chuc', label: 'Cách chức' },
  { value: 'buoc_thoi_viec', label: 'Buộc thôi việc' },
];
const LEVELS: Option[] = [
  { value: 'co_so', label: 'Cấp cơ sở' },
  { value: 'thanh_pho', label: 'Cấp Thành phố' },
  { value: 'toan_quoc', label: 'Cấp toàn quốc' },
];
export const YES_NO: Option[] = [
  { value: 'true', label: 'Có' },
  { value: 'false', label: 'Không' },
];
export const CERTAINTY: Option[] = [
  { value: 'V', label: '[V] Đã xác minh' },
  { value: 'P', label: '[P] Xác minh một phần' },
  { value: 'U', label: '[U] Chưa xác minh' },
];

/** The choices of a parameter kind (null: typed as a number); a nullable one also offers "không áp dụng". */
export function optionsOf(kind: ParameterKind, nullable: boolean): Option[] | null {
  const none = nullable ? [{ value: '', label: 'Không áp dụng' }] : [];
  if (kind === 'rating') return [...RATINGS, ...none];
  if (kind === 'discipline') return [...DISCIPLINE, ...none];
  if (kind === 'initiativeLevel') return [...LEVELS, ...none];
  if (kind === 'boolean') return YES_NO;
  return null;
}

/** A stored value as the form shows it. */
export function formValue(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : typeof value === 'number' ? String(value).replace('.', ',') : String(value);
}

/** The title editor: outer combinator, rows, and the "add a criterion" choices. */
export function titleEditor(rs: RuleSet, code: string, values: Record<string, unknown> | null) {
  const title = editableTitle(rs, code)!;
  const display = titleDisplay(title);
  const rows = flattenCriteria(display.list);
  const typed = (name: string, current: string) => (values && typeof values[name] === 'string' ? values[name] : current);
  const titles: Option[] = rs.titles.map((t) => ({ value: t.code, label: t.shortName }));
  const parentOf = currentParents(rows);
  const groups: Option[] = rows
    .filter((r) => isGroup(r.criterion))
    .map((r) => ({ value: String(r.index), label: `Nhóm ở dòng ${r.index + 1}: ${kindLabel(r.criterion.kind).toLowerCase()}` }));
  // One "Loại điều kiện" list per row: a leaf may take another leaf kind or become a group holding it; a group may
  // change its combinator or become its only criterion (refused beside the row while it holds several).
  const leafKinds: Option[] = [
    ...Object.keys(kindsFor(title.subject)).map((k) => ({ value: k, label: kindLabel(k as CriterionKind) })),
    { value: 'allOf', label: `Nhóm gồm điều kiện này: ${GROUP_LABEL.allOf.toLowerCase()}` },
    { value: 'anyOf', label: `Nhóm gồm điều kiện này: ${GROUP_LABEL.anyOf.toLowerCase()}` },
  ];
  const groupKinds: Option[] = [
    { value: 'allOf', label: `Nhóm: ${GROUP_LABEL.allOf.toLowerCase()}` },
    { value: 'anyOf', label: `Nhóm: ${GROUP_LABEL.anyOf.toLowerCase()}` },
    { value: SINGLE, label: 'Một điều kiện: bỏ nhóm, giữ điều kiện duy nhất trong nhóm' },
  ];
  return {
    title,
    structure: structureOf(rows),
    combinator: typed('combinator', display.combinator),
    rows: rows.map((r) => {
      const c = r.criterion;
      const f = (name: string) => `r${r.index}.${name}`;
      const fields = c as unknown as Record<string, unknown>;
      const group = c.kind === 'anyOf' || c.kind === 'allOf';
      const slots: SlotView[] = group
        ? []
        : leafInfo(c.kind).slots.map((s) => {
            if (s.type === 'title')
              return { name: f(s.field), label: s.label, unit: '', options: titles, value: typed(f(s.field), fields[s.field] as AwardCode) };
            if (s.type === 'flag')
              return { name: f(s.field), label: s.label, unit: '', options: YES_NO, value: typed(f(s.field), String(Boolean(fields[s.field]))) };
            const p = fields[s.field] === undefined ? undefined : rs.parameters[String(fields[s.field])];
            const options = optionsOf(s.kind, Boolean(p?.nullable) || Boolean(s.optional));
            return { name: f(s.field), label: s.label, unit: s.unit ?? UNIT[s.kind] ?? '', options, value: typed(f(s.field), formValue(p?.value)) };
          });
      return {
        index: r.index,
        depth: r.depth,
        group,
        label: kindLabel(c.kind),
        // Any row may change kind (see above) and move to another group or to the top level (not into itself).
        kind: { options: group ? groupKinds : leafKinds, value: typed(f('kind'), c.kind) },
        parent: {
          options: [{ value: '', label: 'Cấp ngoài cùng' }, ...groups.filter((g) => g.value !== String(r.index))],
          value: typed(f('parent'), parentOf[r.index] === null ? '' : String(parentOf[r.index])),
        },
        remove: typed(f('remove'), '') === 'on',
        basis: {
          document: typed(f('basis.document'), c.basis.document),
          article: typed(f('basis.article'), c.basis.article),
          certainty: typed(f('basis.certainty'), c.basis.certainty),
        },
        slots,
      };
    }),
    kinds: addableKinds(title.subject).map((k) => ({
      value: k,
      label: k === 'allOf' || k === 'anyOf' ? `Nhóm: ${GROUP_LABEL[k].toLowerCase()}` : kindLabel(k),
    })),
    parents: [{ value: '', label: 'Cấp ngoài cùng' }, ...groups],
  };
}

/** Every title of the rule set (individual and collective), for the section links. */
export function individualTitles(rs: RuleSet): { code: string; name: string }[] {
  return rs.titles.map((t) => ({ code: t.code, name: t.name }));
}
