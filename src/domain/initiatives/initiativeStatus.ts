// The life of an initiative: draft → submitted → under_review → scored → recognised | not_recognised; an author may
// withdraw until review starts. Pure checks returning the reason (a catalogue key) a step is refused.
export const INITIATIVE_STATUSES = ['draft', 'submitted', 'withdrawn', 'under_review', 'scored', 'recognised', 'not_recognised'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The statuses the author can still edit in. */
export const EDITABLE: readonly InitiativeStatus[] = ['draft'];

/** Why the author cannot withdraw now, or null. */
export function whyNotWithdraw(status: InitiativeStatus): string | null {
  if (status === 'draft' || status === 'submitted') return null;
  if (status === 'withdrawn') return 'initiatives.alreadyWithdrawn';
  return 'initiatives.reviewStarted';
}

/** Why the author cannot submit now (status, deadline), or null. `deadline` is the last day (Vietnam), inclusive. */
export function whyNotSubmit(status: InitiativeStatus, today: Date, deadline: Date | null): string | null {
  if (status !== 'draft') return 'initiatives.notDraft';
  if (deadline && today.getTime() > deadline.getTime()) return 'initiatives.deadlinePassed';
  return null;
}

/** Whether reviewers may be assigned (before any result is final). */
export function canAssignIn(status: InitiativeStatus): boolean {
  return status === 'submitted' || status === 'under_review' || status === 'scored';
}

/** Whether a reviewer may score (or correct a score) in this status. */
export function canScoreIn(status: InitiativeStatus): boolean {
  return status === 'under_review' || status === 'scored';
}
