// Who may change a meeting, and when: scheduling and the attendance sheet belong to the secretary or the chair
// (ballot:manage); the roll is fixed once a round is open; nothing changes after the chair's approval.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

export interface MeetingFacts {
  roundsOpened: number;
  approved: boolean;
}

/** Why the viewer cannot record the attendance sheet now, or null. */
export function whyNotRecordAttendance(u: { permissions: Set<Permission> }, m: MeetingFacts): Refusal | null {
  if (!u.permissions.has('ballot:manage')) return forbidden('ballot.refusal.cannotManage');
  if (m.approved) return conflict('meetings.refusal.approved');
  if (m.roundsOpened > 0) return conflict('meetings.refusal.rollFixed');
  return null;
}

/** Why the viewer cannot open a ballot round at this meeting now, or null. */
export function whyNotOpenRound(u: { permissions: Set<Permission> }, m: MeetingFacts): Refusal | null {
  if (!u.permissions.has('ballot:manage')) return forbidden('ballot.refusal.cannotManage');
  if (m.approved) return conflict('meetings.refusal.approved');
  return null;
}
