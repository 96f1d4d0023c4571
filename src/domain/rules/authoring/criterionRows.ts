// A title's criteria as the editor shows them: a flat list of rows (depth-first, groups followed by their members),
// under one outer combinator. A title whose only criterion is an "any of" group is shown as "any of" at the top.
import type { LegalBasis, RuleSet, TitleDefinition } from '../ruleSetTypes.ts';
import type { Criterion, GroupKind } from './criterionKinds.ts';

export interface CriterionRow {
  index: number;
  depth: number;
  criterion: Criterion;
}

/** The outer combinator and the top-level list of a title (an only "any of" group is unwrapped). */
export interface TitleDisplay {
  combinator: GroupKind;
  list: Criterion[];
  wrapperBasis: LegalBasis;
}

/** How the editor shows a title's criteria. */
export function titleDisplay(title: TitleDefinition): TitleDisplay {
  const only = title.criteria.length === 1 ? title.criteria[0] : undefined;
  if (only?.kind === 'anyOf') return { combinator: 'anyOf', list: only.of, wrapperBasis: only.basis };
  return { combinator: 'allOf', list: title.criteria, wrapperBasis: title.basis };
}

/** The criteria a display stands for: "any of" at the top wraps the list in one group. */
export function criteriaOf(display: TitleDisplay): Criterion[] {
  return display.combinator === 'anyOf' ? [{ kind: 'anyOf', of: display.list, basis: display.wrapperBasis } as Criterion] : display.list;
}

/** Depth-first rows of a list of criteria. */
export function flattenCriteria(list: readonly Criterion[], depth = 0, out: CriterionRow[] = []): CriterionRow[] {
  for (const criterion of list) {
    out.push({ index: out.length, depth, criterion });
    if (criterion.kind === 'anyOf' || criterion.kind === 'allOf') flattenCriteria(criterion.of, depth + 1, out);
  }
  return out;
}

/** A fingerprint of the rows' kinds, so a form built on an older structure is refused instead of misapplied. */
export function structureOf(rows: readonly CriterionRow[]): string {
  return rows.map((r) => `${r.depth}:${r.criterion.kind === 'anyOf' ? 'allOf' : r.criterion.kind}`).join(',');
}

/** Every parameter key the rule set's structure refers to, with how many places refer to it. */
export function parameterUses(rs: RuleSet): Map<string, number> {
  const uses = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (Object.hasOwn(rs.parameters, value)) uses.set(value, (uses.get(value) ?? 0) + 1);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'basis' && k !== 'name' && k !== 'shortName') walk(v);
  };
  for (const part of [rs.generalCriteria, rs.titles, rs.ratioCaps, rs.tieBreak, rs.votes, rs.meeting, rs.principalGiayKhen]) walk(part);
  return uses;
}

/**
 * The rule set without the parameters that `before` counted as read but nothing reads any more (the rows that read
 * them were removed or changed kind); parameters never read by the structure (read by the code by key) are kept.
 */
export function dropUnusedParameters(before: ReadonlyMap<string, number>, rs: RuleSet): RuleSet {
  const after = parameterUses(rs);
  const gone = Object.keys(rs.parameters).filter((key) => (before.get(key) ?? 0) > 0 && !after.has(key));
  if (!gone.length) return rs;
  const parameters = { ...rs.parameters };
  for (const key of gone) delete parameters[key];
  return { ...rs, parameters };
}
