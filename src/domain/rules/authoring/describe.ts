// Plain Vietnamese for a rule set's parts, used by the editor's rows and by the diff shown before activation.
import { DISCIPLINE_LABEL, INITIATIVE_LEVEL_LABEL } from '../labels.ts';
import type { DisciplineLevel, InitiativeLevel } from '../facts.ts';
import type { LegalBasis, Parameter, ParameterValue, RuleSet } from '../ruleSetTypes.ts';
import { GROUP_LABEL, UNIT, leafInfo, type Criterion } from './criterionKinds.ts';
import { flattenCriteria } from './criterionRows.ts';

/** A parameter's value with its unit: "10 tháng", "HTXSNV", "cảnh cáo", "Có", "không áp dụng". */
export function valueText(kind: Parameter['kind'], value: ParameterValue): string {
  if (value === null) return 'không áp dụng';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (kind === 'discipline') return DISCIPLINE_LABEL[value as DisciplineLevel] ?? String(value);
  if (kind === 'initiativeLevel') return INITIATIVE_LEVEL_LABEL[value as InitiativeLevel] ?? String(value);
  const unit = UNIT[kind];
  return unit ? `${String(value).replace('.', ',')} ${unit}`.replace(' %', '%') : String(value);
}

/** "Điều 23, Luật … [V]". */
export function basisText(b: LegalBasis): string {
  return `${b.article}, ${b.document} [${b.certainty}]${b.note ? ` (${b.note})` : ''}`;
}

function titleName(rs: RuleSet, code: string): string {
  return rs.titles.find((t) => t.code === code)?.shortName ?? code;
}

/** One criterion in words, with the values of the parameters it reads. */
export function criterionText(rs: RuleSet, c: Criterion): string {
  if (c.kind === 'anyOf' || c.kind === 'allOf') return GROUP_LABEL[c.kind];
  const info = leafInfo(c.kind);
  const fields = c as unknown as Record<string, unknown>;
  const parts = info.slots.flatMap((s) => {
    const raw = fields[s.field] as string | boolean | undefined;
    if (raw === undefined) return [];
    if (s.type === 'title') return [`${s.label}: ${titleName(rs, String(raw))}`];
    if (s.type === 'flag') return [`${s.label}: ${raw ? 'Có' : 'Không'}`];
    const p = rs.parameters[String(raw)];
    return [`${s.label}: ${p ? valueText(p.kind, p.value) : '?'}`];
  });
  return parts.length ? `${info.label} — ${parts.join('; ')}` : info.label;
}

/** A title's criteria as indented lines (groups followed by their members). */
export function criteriaLines(rs: RuleSet, list: readonly Criterion[]): string[] {
  return flattenCriteria(list).map((r) => `${'  '.repeat(r.depth)}• ${criterionText(rs, r.criterion)}`);
}
