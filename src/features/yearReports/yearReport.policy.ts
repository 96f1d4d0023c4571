// Who may read, edit and issue a yearly report. Pure: the permission set is given. The chair and the secretary hold
// register:issue (they issue the school's numbered documents); the council reads the report with records:view-all.
import type { Permission } from '../../domain/permissions.ts';
import { forbidden, type Refusal } from '../../domain/refusal.ts';

type Who = { permissions: Set<Permission> };

/** Reading the draft and its issued versions: the council (who read the statistics it is written from). */
export function whyNotReadReport(user: Who): Refusal | null {
  return user.permissions.has('records:view-all') ? null : forbidden('yearReport.cannotRead');
}

/** Writing and issuing: the chair and the secretary. */
export function whyNotEditReport(user: Who): Refusal | null {
  return user.permissions.has('register:issue') ? null : forbidden('yearReport.cannotEdit');
}

/** True when whyNotEditReport has no refusal. */
export const canEditReport = (user: Who) => whyNotEditReport(user) === null;
