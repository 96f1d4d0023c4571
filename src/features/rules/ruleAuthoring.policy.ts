// Who may do what with an authored rule set, by its state: only a candidate is edited or activated, only an active
// set is stopped ("ngừng áp dụng"), from a day inside its period or entirely.
import { conflict, type Refusal } from '../../domain/refusal.ts';
import { formatIsoDate } from '../../domain/rules/labels.ts';
import { toIsoDate } from '../../domain/rules/index.ts';

/** Why the rule set cannot be edited now (an active set is frozen: copy it instead), or null. */
export function whyNotEditRuleSet(row: { state: string }): Refusal | null {
  if (row.state === 'deactivated') return conflict('authored.refusal.stopped');
  return row.state === 'candidate' ? null : conflict('authored.refusal.active');
}

/** True when the rule set can be edited. */
export function canEditRuleSet(row: { state: string }): boolean {
  return whyNotEditRuleSet(row) === null;
}

/** Why the rule set cannot be activated now, or null. */
export function whyNotActivateRuleSet(row: { state: string }): Refusal | null {
  return whyNotEditRuleSet(row);
}

/** Why the rule set cannot be stopped at all now: only an active set is (a candidate decides nothing yet). */
export function whyNotStopRuleSet(row: { state: string }): Refusal | null {
  return row.state === 'active' ? null : conflict('authored.refusal.notActive');
}

/** True when the rule set can be stopped ("ngừng áp dụng"). */
export function canStopRuleSet(row: { state: string }): boolean {
  return whyNotStopRuleSet(row) === null;
}

/**
 * Why the active set cannot stop from `stopFrom` (its period would end the day before), or null: the day must fall
 * after its first day (stopping from the first day is stopping entirely) and no later than its last day.
 */
export function whyNotStopRuleSetFrom(row: { state: string; effectiveFrom: Date; effectiveTo: Date | null }, stopFrom: Date): Refusal | null {
  const state = whyNotStopRuleSet(row);
  if (state) return state;
  if (stopFrom.getTime() <= row.effectiveFrom.getTime()) return conflict('authored.refusal.stopBeforeStart', { from: dayText(row.effectiveFrom) });
  if (row.effectiveTo && stopFrom.getTime() > row.effectiveTo.getTime()) return conflict('authored.refusal.stopAfterEnd', { to: dayText(row.effectiveTo) });
  return null;
}

/** dd/mm/yyyy of a DATE column (UTC midnight). */
function dayText(d: Date): string {
  return formatIsoDate(toIsoDate(d));
}
