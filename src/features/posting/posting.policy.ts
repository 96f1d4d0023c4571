// Who may publish a list, comment on a posting and moderate its comments; a closed posting takes no comment.
import type { Permission } from '../../domain/permissions.ts';
import { postingOpen } from '../../domain/posting/postingPeriod.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

type Viewer = { permissions: Set<Permission> };

/** Why the viewer cannot publish the approved list of a meeting, or null. */
export function whyNotPublish(u: Viewer, m: { approved: boolean; posted: boolean }): Refusal | null {
  if (!u.permissions.has('posting:manage')) return forbidden('posting.refusal.manageOnly');
  if (!m.approved) return conflict('posting.refusal.notApproved');
  if (m.posted) return conflict('posting.refusal.alreadyPosted');
  return null;
}

/** Why a comment cannot be taken now (closed period), or null; `u` is null for the public form. */
export function whyNotComment(u: Viewer | null, p: { endsOn: Date }, now: Date): Refusal | null {
  if (u && !u.permissions.has('posting:comment')) return forbidden();
  if (!postingOpen(p, now)) return conflict('posting.refusal.closed');
  return null;
}

/** Why the viewer cannot moderate the comment, or null (a comment is moderated once). */
export function whyNotModerate(u: Viewer, c: { status: string }): Refusal | null {
  if (!u.permissions.has('posting:manage')) return forbidden('posting.refusal.manageOnly');
  if (c.status !== 'pending') return conflict('posting.refusal.moderated');
  return null;
}
