// Who may edit, submit, return and approve a plan, and why not. Pure: permissions and the plan's state are given.
import type { Permission } from '../../domain/permissions.ts';

type Who = { permissions: Set<Permission> };
type PlanState = { status: 'draft' | 'submitted' | 'approved' };

/** Editing: editors, while the plan is a draft or approved (an approved plan's edits start the next version). */
export function whyNotEdit(user: Who, plan: PlanState): string | null {
  if (!user.permissions.has('plan:edit')) return 'plan.cannotEdit';
  if (plan.status === 'submitted') return 'plan.awaitingApproval';
  return null;
}

/** Submitting for approval: editors, from draft. */
export function whyNotSubmit(user: Who, plan: PlanState): string | null {
  if (!user.permissions.has('plan:edit')) return 'plan.cannotEdit';
  if (plan.status !== 'draft') return plan.status === 'submitted' ? 'plan.alreadySubmitted' : 'plan.nothingToSubmit';
  return null;
}

/** Approving (and so publishing): the chair only, a submitted plan only. */
export function whyNotApprove(user: Who, plan: PlanState): string | null {
  if (!user.permissions.has('plan:approve')) return 'plan.onlyChairApproves';
  if (plan.status === 'approved') return 'plan.alreadyApproved';
  if (plan.status !== 'submitted') return 'plan.notSubmitted';
  return null;
}

/** Returning a submitted plan to draft: the chair. */
export function whyNotReturn(user: Who, plan: PlanState): string | null {
  if (!user.permissions.has('plan:approve')) return 'plan.onlyChairApproves';
  if (plan.status !== 'submitted') return 'plan.notSubmitted';
  return null;
}
