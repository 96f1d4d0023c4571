// Typed access to a rule set's parameters, resolved once when a rule set is compiled.
import type { DisciplineLevel, InitiativeLevel, Rating } from './facts.ts';
import type { ParameterKind, RuleSet } from './ruleSetTypes.ts';

function read(rs: RuleSet, key: string, kinds: readonly ParameterKind[]) {
  const p = rs.parameters[key];
  if (!p) throw new Error(`Rule set ${rs.id}: unknown parameter "${key}"`);
  if (!kinds.includes(p.kind)) throw new Error(`Rule set ${rs.id}: parameter "${key}" is ${p.kind}, expected ${kinds.join('/')}`);
  return p.value;
}

/** A numeric parameter (percent, count, years, months, days); throws when it is null. */
export function numberParam(rs: RuleSet, key: string): number {
  const v = read(rs, key, ['percent', 'count', 'years', 'months', 'days']);
  if (typeof v !== 'number') throw new Error(`Rule set ${rs.id}: parameter "${key}" has no numeric value`);
  return v;
}

/** A numeric parameter that may be null (not applied). */
export function optionalNumberParam(rs: RuleSet, key: string): number | null {
  const v = read(rs, key, ['percent', 'count', 'years', 'months', 'days']);
  return typeof v === 'number' ? v : null;
}

/** A rating parameter. */
export function ratingParam(rs: RuleSet, key: string): Rating {
  return read(rs, key, ['rating']) as Rating;
}

/** A discipline level parameter; null switches the check off. */
export function disciplineParam(rs: RuleSet, key: string): DisciplineLevel | null {
  return read(rs, key, ['discipline']) as DisciplineLevel | null;
}

/** An initiative level parameter. */
export function levelParam(rs: RuleSet, key: string): InitiativeLevel {
  return read(rs, key, ['initiativeLevel']) as InitiativeLevel;
}

/** A yes/no parameter. */
export function booleanParam(rs: RuleSet, key: string): boolean {
  return read(rs, key, ['boolean']) === true;
}
