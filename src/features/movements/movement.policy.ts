// Who may see and manage a movement, and its status steps: planned → launched → sơ kết → tổng kết. Pure.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, notFound, type Refusal } from '../../domain/refusal.ts';
import { MOVEMENT_STATUSES } from './movement.schemas.ts';

type Status = (typeof MOVEMENT_STATUSES)[number];
type Who = { permissions: Set<Permission> };

/** A planned movement is still the managers' draft: only they see it (its page, its files). */
export function seesPlannedMovements(user: Who): boolean {
  return user.permissions.has('movement:manage');
}

/** Reading a movement: readers of plans once it is launched; managers always. Hidden means "not found". */
export function whyNotView(user: Who, movement: { status: Status }): Refusal | null {
  if (!user.permissions.has('plan:view') && !seesPlannedMovements(user)) return notFound();
  if (movement.status === 'planned' && !seesPlannedMovements(user)) return notFound();
  return null;
}

/** Whether `to` is the next step after `from` (the state rule, re-checked by the command under its lock). */
export function whyNotStep(from: Status, to: Status): Refusal | null {
  return MOVEMENT_STATUSES.indexOf(to) === MOVEMENT_STATUSES.indexOf(from) + 1 ? null : conflict('movements.badTransition');
}

/** Changing the status: managers, one step forward at a time. */
export function whyNotMoveStatus(user: Who, from: Status, to: Status): Refusal | null {
  if (!user.permissions.has('movement:manage')) return forbidden();
  return whyNotStep(from, to);
}

/** True when whyNotMoveStatus has no refusal. */
export const canMoveStatus = (user: Who, from: Status, to: Status) => whyNotMoveStatus(user, from, to) === null;
/** True when whyNotView has no refusal. */
export const canView = (user: Who, movement: { status: Status }) => whyNotView(user, movement) === null;

/** Sơ kết and tổng kết record their results: the summary is a required field for those steps. */
export function summaryRequired(to: Status, summary: string): boolean {
  return (to === 'midterm_reviewed' || to === 'closed') && summary.trim() === '';
}
