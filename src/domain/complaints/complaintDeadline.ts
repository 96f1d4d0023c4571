// The legal deadline of a complaint and its urgency on the list. Pure: the law data and `now` come in.
import { vietnamDay } from '../calendarDay.ts';
import type { LegalBasis } from '../rules/ruleSetTypes.ts';
import { addDays, lastOfWorkingDays } from '../posting/workingDays.ts';
import { COMPLAINT_DEADLINES, type ComplaintKind, type DeadlineRule } from './complaintLaw.ts';

export interface ComplaintDeadline {
  dueOn: Date;
  days: number;
  /** 'accept': the day by which the case must be accepted (thụ lý); 'settle': the day it must be settled. */
  stage: 'accept' | 'settle';
  /** The days are working days (an acceptance time of Luật Tố cáo). */
  workingDays: boolean;
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

/**
 * The current deadline of a complaint received on `receivedOn` and accepted on `acceptedOn` (calendar days; null: not
 * yet accepted), with its basis: where the law has an acceptance step, first the day by which it must be accepted,
 * then the settling time counted from acceptance; otherwise the settling time from receipt.
 */
export function complaintDeadline(
  kind: ComplaintKind,
  receivedOn: Date,
  acceptedOn: Date | null,
  c: { complex: boolean; remoteArea: boolean },
  law: Readonly<Record<ComplaintKind, DeadlineRule>> = COMPLAINT_DEADLINES,
): ComplaintDeadline {
  const rule = law[kind];
  if (rule.accept && !acceptedOn) {
    const { days, workingDays, basis } = rule.accept;
    // Working days start the day after receipt, as calendar days do.
    const dueOn = workingDays ? lastOfWorkingDays(addDays(receivedOn, 1), days) : addDays(receivedOn, days);
    return { dueOn, days, stage: 'accept', workingDays, basis };
  }
  const days = daysAllowed(rule, c);
  const from = rule.accept && acceptedOn ? acceptedOn : receivedOn;
  return { dueOn: new Date(from.getTime() + days * DAY_MS), days, stage: 'settle', workingDays: false, basis: rule.basis };
}

/** What a complaint row keeps of its deadline: the basis with the days, the stage and whether they are working days. */
export function deadlineBasisRecord(d: ComplaintDeadline): Record<string, string | number | boolean | undefined> {
  return { ...d.basis, days: d.days, stage: d.stage, workingDays: d.workingDays };
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
