// Who may see, edit and decide what about an initiative. Pure: the viewer's facts and the initiative's are given.
import type { Permission } from '../../domain/permissions.ts';
import type { InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';

export interface InitiativeViewer {
  staffId: string | null;
  permissions: Set<Permission>;
}

export interface InitiativeFacts {
  status: InitiativeStatus;
  source: string;
  authorStaffIds: readonly string[];
  reviewerStaffIds: readonly string[];
}

/** Organises the council's work (secretary) or recognises (chair): sees every submitted initiative and its scores. */
export const manages = (u: InitiativeViewer) => u.permissions.has('initiative:manage') || u.permissions.has('initiative:recognise');

export const isAuthor = (u: InitiativeViewer, i: InitiativeFacts) => u.staffId !== null && i.authorStaffIds.includes(u.staffId);

/** Authors always; once submitted, the organisers and its reviewers; once recognised, whoever reads every record. */
export function canView(u: InitiativeViewer, i: InitiativeFacts): boolean {
  if (isAuthor(u, i)) return true;
  if (i.status === 'draft') return false;
  if (manages(u)) return true;
  if (u.staffId !== null && i.reviewerStaffIds.includes(u.staffId)) return true;
  return i.status === 'recognised' && u.permissions.has('records:view-all');
}

/** Editing the submission (and its attachments): an author, while it is a draft of this app. */
export function whyNotEdit(u: InitiativeViewer, i: InitiativeFacts): string | null {
  if (!isAuthor(u, i) || i.source !== 'submission') return 'initiatives.notAuthor';
  if (i.status !== 'draft') return 'initiatives.notDraft';
  return null;
}

/** Assigning reviewers: the organisers, between submission and the decision. */
export function whyNotAssign(u: InitiativeViewer, i: InitiativeFacts): string | null {
  if (!u.permissions.has('initiative:manage')) return 'initiatives.cannotManage';
  if (!['submitted', 'under_review', 'scored'].includes(i.status)) return 'initiatives.notAssignable';
  return null;
}
