// Applies an admin's audited parameter changes on top of a shipped rule set, without mutating it.
import { toIsoDate } from './dates.ts';
import type { ParameterOverride, RuleSet } from './ruleSetTypes.ts';
import { whyInvalidParameterValue } from './whyInvalidParameterValue.ts';

/** An override naming an unknown parameter or giving it an invalid value; `key` is the parameter. */
export class RuleParameterError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleParameterError';
  }
}

/**
 * A copy of `ruleSet` with the overrides that target it (same ruleSetId or none) and, when `asOf` is given,
 * took effect on or before it; later effective dates win. Throws RuleParameterError on an unknown key or bad value.
 */
export function withParameterOverrides(ruleSet: RuleSet, overrides: readonly ParameterOverride[], asOf?: Date | string): RuleSet {
  const day = asOf === undefined ? undefined : toIsoDate(asOf);
  const applicable = overrides
    .filter((o) => o.ruleSetId === undefined || o.ruleSetId === ruleSet.id)
    .filter((o) => day === undefined || o.effectiveFrom === undefined || toIsoDate(o.effectiveFrom) <= day)
    .sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));
  if (applicable.length === 0) return ruleSet;
  const parameters = { ...ruleSet.parameters };
  for (const o of applicable) {
    const current = parameters[o.key];
    if (!current) throw new RuleParameterError(o.key, `Bộ quy tắc "${ruleSet.name}" không có tham số "${o.key}".`);
    const why = whyInvalidParameterValue(current, o.value);
    if (why) throw new RuleParameterError(o.key, `${current.label}: ${why}`);
    parameters[o.key] = { ...current, value: o.value, override: o };
  }
  return { ...ruleSet, parameters };
}
