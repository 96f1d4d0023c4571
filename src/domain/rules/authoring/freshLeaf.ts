// A leaf criterion of a chosen kind with new parameters at the kind's starting values: used when a row is added and
// when a row's kind is changed in the editor (the old kind's thresholds mean nothing to the new kind).
import type { LegalBasis, Parameter, TitleDefinition } from '../ruleSetTypes.ts';
import { kindsFor, type Criterion } from './criterionKinds.ts';
import { freshKey, newParameter } from './slotValue.ts';

/**
 * A `kind` leaf for `title`, its new parameters added to `parameters` (mutated); `award` is the title a chain or
 * history row names (kept from the row it replaces when that row named one).
 */
export function freshLeaf(parameters: Record<string, Parameter>, title: TitleDefinition, kind: string, basis: LegalBasis, award: string): Criterion {
  const fields: Record<string, unknown> = { kind, basis };
  for (const slot of kindsFor(title.subject)[kind]!.slots) {
    if (slot.type === 'title') fields[slot.field] = award;
    else if (slot.type === 'flag') fields[slot.field] = false;
    else if (!slot.optional) {
      const key = freshKey(parameters, title.code.toLowerCase(), slot.field);
      parameters[key] = newParameter(key, `${title.shortName}: ${slot.label.toLowerCase()}`, slot.kind, slot.initial, basis);
      fields[slot.field] = key;
    }
  }
  return fields as unknown as Criterion;
}
