// Who may see, edit, submit, review and follow up a registration, and why not. Pure: the viewer's facts and the
// registration's are given.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, notFound, type Refusal } from '../../domain/refusal.ts';

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

/** Reviewers and readers of every record see every registration of the school (the where-builder mirrors this). */
export function seesAllRegistrations(u: Viewer): boolean {
  return u.permissions.has('registration:review') || u.permissions.has('records:view-all');
}

/** Visible to its owner, the leader of its collective, reviewers and whoever may read every record; others: 404. */
export function whyNotView(u: Viewer, r: RegistrationFacts): Refusal | null {
  if (seesAllRegistrations(u)) return null;
  if (r.subject === 'staff' && (r.staffId === u.staffId || (r.staffCollectiveId !== null && u.ledCollectiveIds.includes(r.staffCollectiveId)))) return null;
  if (r.subject === 'collective' && r.collectiveId !== null && u.ledCollectiveIds.includes(r.collectiveId)) return null;
  return notFound();
}

/** True when whyNotView has no refusal. */
export const canView = (u: Viewer, r: RegistrationFacts) => whyNotView(u, r) === null;

/** The owner: the staff member, the collective's leader, or (for the school) whoever registers collectives as chair. */
export function isOwner(u: Viewer, r: Pick<RegistrationFacts, 'subject' | 'staffId' | 'collectiveId'>): boolean {
  if (r.subject === 'staff') return r.staffId !== null && r.staffId === u.staffId;
  if (r.subject === 'collective')
    return r.collectiveId !== null && u.ledCollectiveIds.includes(r.collectiveId) && u.permissions.has('registration:submit-collective');
  return u.permissions.has('plan:approve');
}

/** Starting a registration for a subject: oneself (with a staff record), one's led collective, or the school as chair. */
export function whyNotRegisterFor(u: Viewer, subject: 'staff' | 'collective' | 'school'): Refusal | null {
  if (subject === 'collective')
    return u.ledCollectiveIds[0] && u.permissions.has('registration:submit-collective') ? null : forbidden('registrations.notOwner');
  if (subject === 'school') return u.permissions.has('plan:approve') ? null : forbidden('registrations.notOwner');
  return u.staffId ? null : notFound();
}

/** Editing (and submitting): the owner, while draft or returned. */
export function whyNotEdit(u: Viewer, r: RegistrationFacts): Refusal | null {
  if (!isOwner(u, r)) return forbidden('registrations.notOwner');
  if (r.status === 'submitted') return conflict('registrations.awaitingReview');
  if (r.status === 'approved') return conflict('registrations.alreadyApproved');
  return null;
}

/** True when whyNotEdit has no refusal. */
export const canEdit = (u: Viewer, r: RegistrationFacts) => whyNotEdit(u, r) === null;

/** Reviewing: reviewers, a submitted registration only. */
export function whyNotReview(u: Viewer, r: RegistrationFacts): Refusal | null {
  if (!u.permissions.has('registration:review')) return forbidden('registrations.cannotReview');
  if (r.status !== 'submitted') return conflict('registrations.notSubmitted');
  return null;
}

/** True when whyNotReview has no refusal. */
export const canReview = (u: Viewer, r: RegistrationFacts) => whyNotReview(u, r) === null;

/** Mid-year evidence: the staff member themself (others do not even find the form). */
export function whyNotAddEvidence(u: Viewer, r: RegistrationFacts): Refusal | null {
  return r.subject === 'staff' && r.staffId !== null && r.staffId === u.staffId ? null : notFound();
}

/** Mid-year progress: the leader of the staff member's collective. */
export function whyNotMarkProgress(u: Viewer, r: RegistrationFacts): Refusal | null {
  return r.subject === 'staff' && r.staffCollectiveId !== null && u.ledCollectiveIds.includes(r.staffCollectiveId)
    ? null
    : forbidden('registrations.onlyLeader');
}

/** True when whyNotMarkProgress has no refusal. */
export const canMarkProgress = (u: Viewer, r: RegistrationFacts) => whyNotMarkProgress(u, r) === null;

/** Issuing the year's register document: reviewers, once at least one registration has been approved. */
export function whyNotIssueRegister(u: Pick<Viewer, 'permissions'>, approvedCount: number): Refusal | null {
  if (!u.permissions.has('registration:review')) return forbidden();
  if (approvedCount === 0) return conflict('registrations.noneApproved');
  return null;
}
