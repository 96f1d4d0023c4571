// Who may log, handle and answer a complaint: the chair and the secretary (complaint:manage) log and answer; the
// assigned council member may also record the handling. A settled case is closed; its reply is issued once.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

type Viewer = { permissions: Set<Permission>; staffId: string | null };
type Case = { status: string; assigneeStaffId: string | null; replyDocumentId: string | null; outcome: string | null };

/** Why the viewer cannot record the handling of the case (status, assignee, outcome), or null. */
export function whyNotHandle(u: Viewer, c: Case): Refusal | null {
  const assignee = u.staffId !== null && u.staffId === c.assigneeStaffId;
  if (!u.permissions.has('complaint:manage') && !assignee) return forbidden('complaints.refusal.manageOrAssignee');
  if (c.status === 'settled') return conflict('complaints.refusal.settled');
  return null;
}

/** Why the viewer cannot issue the reply letter, or null: the case must be settled, and is answered once. */
export function whyNotReply(u: Viewer, c: Case): Refusal | null {
  if (!u.permissions.has('complaint:manage')) return forbidden('complaints.refusal.manageOnly');
  if (c.replyDocumentId) return conflict('complaints.refusal.replied');
  if (c.status !== 'settled' || !c.outcome) return conflict('complaints.refusal.notSettled');
  return null;
}
