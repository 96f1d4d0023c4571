// The legal deadline of a complaint and its urgency on the list. Pure: the law data and `now` come in.
import { vietnamDay } from '../calendarDay.ts';
import type { LegalBasis } from '../rules/ruleSetTypes.ts';
import { COMPLAINT_DEADLINES, type ComplaintKind, type DeadlineRule } from './complaintLaw.ts';

export interface ComplaintDeadline {
  dueOn: Date;
  days: number;
  basis: LegalBasis;
}

const DAY_MS = 86_400_000;

/** Days allowed for a case of this kind: complex and remote-area cases get the longer limits where the law has them. */
export function daysAllowed(rule: DeadlineRule, c: { complex: boolean; remoteArea: boolean }): number {
  if (c.complex && c.remoteArea && rule.remoteComplexDays !== null) return rule.remoteComplexDays;
  if (c.remoteArea && rule.remoteDays !== null) return rule.remoteDays;
  if (c.complex && rule.complexDays !== null) return rule.complexDays;
  return rule.days;
}

/** The deadline of a complaint received on `receivedOn` (a calendar day), with its basis. */
export function complaintDeadline(
  kind: ComplaintKind,
  receivedOn: Date,
  c: { complex: boolean; remoteArea: boolean },
  law: Readonly<Record<ComplaintKind, DeadlineRule>> = COMPLAINT_DEADLINES,
): ComplaintDeadline {
  const rule = law[kind];
  const days = daysAllowed(rule, c);
  return { dueOn: new Date(receivedOn.getTime() + days * DAY_MS), days, basis: rule.basis };
}

export type Urgency = 'settled' | 'overdue' | 'dueSoon' | 'onTime';

/** Days before the deadline from which an open case is flagged as due soon. */
export const DUE_SOON_DAYS = 5;

/** How urgent a case is at `now` (Vietnam day): overdue past its deadline, due soon within DUE_SOON_DAYS. */
export function complaintUrgency(c: { dueOn: Date; status: string }, now: Date): Urgency {
  if (c.status === 'settled') return 'settled';
  const left = Math.round((c.dueOn.getTime() - vietnamDay(now).getTime()) / DAY_MS);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'dueSoon' : 'onTime';
}
