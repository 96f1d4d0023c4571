// Which parts of the rule set apply to the whole dossier and to one nominee.
import type { DossierPartDefinition } from '../rules/ruleSetTypes.ts';
import type { DossierInput, DossierNominee } from './dossierInput.ts';

/** The parts filed once per dossier, in rule-set order. */
export function dossierLevelParts(parts: readonly DossierPartDefinition[], procedure: DossierInput['procedure']) {
  return parts.filter((p) => p.scope === 'dossier' && p.procedures.includes(procedure));
}

/** The parts filed for `nominee`, in rule-set order. */
export function nomineeParts(parts: readonly DossierPartDefinition[], procedure: DossierInput['procedure'], nominee: DossierNominee) {
  return parts.filter(
    (p) =>
      p.scope === 'nominee' &&
      p.procedures.includes(procedure) &&
      (p.subject === undefined || p.subject === nominee.subject) &&
      (p.titles === undefined || p.titles.includes(nominee.code)),
  );
}
