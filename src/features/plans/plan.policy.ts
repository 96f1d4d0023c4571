// Who may see, edit, submit, return and approve a plan, and why not. Pure: permissions and the plan's state are given.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, notFound, type Refusal } from '../../domain/refusal.ts';

type Who = { permissions: Set<Permission>; id?: string | null };
type PlanState = { status: 'draft' | 'submitted' | 'approved'; lastEditedById?: string | null };

/** The chair wrote the draft (created or last edited it): submitting it to themselves would be a formality. */
export function approvesInOneStep(user: Who, plan: PlanState): boolean {
  return plan.status === 'draft' && user.permissions.has('plan:approve') && user.permissions.has('plan:edit') && !!user.id && plan.lastEditedById === user.id;
}

/** Those who work on plans (editors and the approving chair) see drafts; everyone else only published versions. */
export function seesPlanDrafts(user: Who): boolean {
  return user.permissions.has('plan:edit') || user.permissions.has('plan:approve');
}

/** Reading a plan's current text (page, draft PDF/DOCX): those who see drafts; for others a draft does not exist. */
export function whyNotReadDraft(user: Who): Refusal | null {
  return seesPlanDrafts(user) ? null : notFound();
}

/** Editing: editors, while the plan is a draft or approved (an approved plan's edits start the next version). */
export function whyNotEdit(user: Who, plan: PlanState): Refusal | null {
  if (!user.permissions.has('plan:edit')) return forbidden('plan.cannotEdit');
  if (plan.status === 'submitted') return conflict('plan.awaitingApproval');
  return null;
}

/** Submitting for approval: editors, from draft. */
export function whyNotSubmit(user: Who, plan: PlanState): Refusal | null {
  if (!user.permissions.has('plan:edit')) return forbidden('plan.cannotEdit');
  if (plan.status !== 'draft') return conflict(plan.status === 'submitted' ? 'plan.alreadySubmitted' : 'plan.nothingToSubmit');
  return null;
}

/** Approving (and so publishing): the chair only, a submitted plan, or in one step a draft the chair wrote. */
export function whyNotApprove(user: Who, plan: PlanState): Refusal | null {
  if (!user.permissions.has('plan:approve')) return forbidden('plan.onlyChairApproves');
  if (plan.status === 'approved') return conflict('plan.alreadyApproved');
  if (plan.status !== 'submitted' && !approvesInOneStep(user, plan)) return conflict('plan.notSubmitted');
  return null;
}

/** Returning a submitted plan to draft: the chair. */
export function whyNotReturn(user: Who, plan: PlanState): Refusal | null {
  if (!user.permissions.has('plan:approve')) return forbidden('plan.onlyChairApproves');
  if (plan.status !== 'submitted') return conflict('plan.notSubmitted');
  return null;
}

/** True when whyNotEdit has no refusal. */
export const canEdit = (user: Who, plan: PlanState) => whyNotEdit(user, plan) === null;
/** True when whyNotSubmit has no refusal. */
export const canSubmit = (user: Who, plan: PlanState) => whyNotSubmit(user, plan) === null;
/** True when whyNotApprove has no refusal. */
export const canApprove = (user: Who, plan: PlanState) => whyNotApprove(user, plan) === null;
/** True when whyNotReturn has no refusal. */
export const canReturn = (user: Who, plan: PlanState) => whyNotReturn(user, plan) === null;
