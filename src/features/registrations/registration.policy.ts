// Who may see, edit, submit and review a registration. Pure: the user's facts and the registration are given.
import type { Permission } from '../../domain/permissions.ts';

export interface Viewer {
  staffId: string | null;
  permissions: Set<Permission>;
  ledCollectiveIds: string[];
}

export interface RegistrationFacts {
  subject: 'staff' | 'collective' | 'school';
  staffId: string | null;
  collectiveId: string | null;
  /** The collective of the staff member (for staff registrations): its leader follows it up. */
  staffCollectiveId: string | null;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
}

/** Visible to its owner, the leader of its collective, reviewers and whoever may read every record. */
export function canView(u: Viewer, r: RegistrationFacts): boolean {
  if (u.permissions.has('registration:review') || u.permissions.has('records:view-all')) return true;
  if (r.subject === 'staff') return r.staffId === u.staffId || (r.staffCollectiveId !== null && u.ledCollectiveIds.includes(r.staffCollectiveId));
  if (r.subject === 'collective') return r.collectiveId !== null && u.ledCollectiveIds.includes(r.collectiveId);
  return false;
}

/** The owner: the staff member, the collective's leader, or (for the school) whoever registers collectives as chair. */
export function isOwner(u: Viewer, r: RegistrationFacts): boolean {
  if (r.subject === 'staff') return r.staffId !== null && r.staffId === u.staffId;
  if (r.subject === 'collective')
    return r.collectiveId !== null && u.ledCollectiveIds.includes(r.collectiveId) && u.permissions.has('registration:submit-collective');
  return u.permissions.has('plan:approve');
}

/** Editing (and submitting): the owner, while draft or returned. */
export function whyNotEdit(u: Viewer, r: RegistrationFacts): string | null {
  if (!isOwner(u, r)) return 'registrations.notOwner';
  if (r.status === 'submitted') return 'registrations.awaitingReview';
  if (r.status === 'approved') return 'registrations.alreadyApproved';
  return null;
}

/** Reviewing: reviewers, a submitted registration only. */
export function whyNotReview(u: Viewer, r: RegistrationFacts): string | null {
  if (!u.permissions.has('registration:review')) return 'registrations.cannotReview';
  if (r.status !== 'submitted') return 'registrations.notSubmitted';
  return null;
}

/** Mid-year progress: the leader of the staff member's collective. */
export function canMarkProgress(u: Viewer, r: RegistrationFacts): boolean {
  return r.subject === 'staff' && r.staffCollectiveId !== null && u.ledCollectiveIds.includes(r.staffCollectiveId);
}
