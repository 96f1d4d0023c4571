// Who may do what with an authored rule set, by its state: only a candidate is edited or activated.
import { conflict, type Refusal } from '../../domain/refusal.ts';

/** Why the rule set cannot be edited now (an active set is frozen: copy it instead), or null. */
export function whyNotEditRuleSet(row: { state: string }): Refusal | null {
  return row.state === 'candidate' ? null : conflict('authored.refusal.active');
}

/** True when the rule set can be edited. */
export function canEditRuleSet(row: { state: string }): boolean {
  return whyNotEditRuleSet(row) === null;
}

/** Why the rule set cannot be activated now, or null. */
export function whyNotActivateRuleSet(row: { state: string }): Refusal | null {
  return row.state === 'candidate' ? null : conflict('authored.refusal.active');
}
