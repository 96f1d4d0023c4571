// Who may do what with a writing contest, and when. The chair, the vice chair and the secretary (contest:manage)
// create, open, close, judge and publish; every staff member (contest:enter) submits, edits and withdraws their own
// entry while the contest is open and today (Vietnam's day) lies inside its window; scores and prizes are given
// only while the contest is closed for judging, and frozen once the results are published.
import { vietnamDay } from '../../domain/calendarDay.ts';
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';
import { formatDate } from '../../i18n/index.ts';

/** Who acts: permissions and, for entries, the staff member behind the account. */
export type ContestViewer = { permissions: Set<Permission>; staffId?: string | null };
/** The state of a contest that the rules read. */
export type ContestRuleState = { state: string; opensOn: Date; closesOn: Date };
/** The state of an entry that the rules read. */
export type EntryRuleState = { authorStaffId: string; withdrawnAt: Date | null };

/** Why the viewer cannot manage contests, or null. */
export function whyNotManage(u: ContestViewer): Refusal | null {
  return u.permissions.has('contest:manage') ? null : forbidden('contests.refusal.manageOnly');
}

/** Why the contest's title, rules or window cannot be edited, or null (not once judging has begun). */
export function whyNotEditContest(u: ContestViewer, c: ContestRuleState): Refusal | null {
  if (!u.permissions.has('contest:manage')) return forbidden('contests.refusal.manageOnly');
  if (c.state === 'closed' || c.state === 'published') return conflict('contests.refusal.editAfterClose');
  return null;
}

/** Why the contest cannot be opened for entries, or null. */
export function whyNotOpen(u: ContestViewer, c: ContestRuleState): Refusal | null {
  if (!u.permissions.has('contest:manage')) return forbidden('contests.refusal.manageOnly');
  if (c.state !== 'draft') return conflict('contests.refusal.notDraft');
  return null;
}

/** Why the contest cannot be closed for judging, or null. */
export function whyNotClose(u: ContestViewer, c: ContestRuleState): Refusal | null {
  if (!u.permissions.has('contest:manage')) return forbidden('contests.refusal.manageOnly');
  if (c.state !== 'open') return conflict('contests.refusal.notOpen');
  return null;
}

/** Why the results cannot be published, or null: judging must be under way and every live entry scored. */
export function whyNotPublish(u: ContestViewer, c: ContestRuleState, counts: { live: number; unscored: number }): Refusal | null {
  if (!u.permissions.has('contest:manage')) return forbidden('contests.refusal.manageOnly');
  if (c.state === 'published') return conflict('contests.refusal.alreadyPublished');
  if (c.state !== 'closed') return conflict('contests.refusal.notJudging');
  if (counts.live === 0) return conflict('contests.refusal.noEntries');
  if (counts.unscored > 0) return conflict('contests.refusal.unscored', { n: counts.unscored });
  return null;
}

/** Why entries are not accepted today (state, then the window in Vietnam's calendar, dates inclusive), or null. */
export function whyWindowShut(c: ContestRuleState, now: Date): Refusal | null {
  if (c.state !== 'open') return conflict('contests.refusal.notAccepting');
  const today = vietnamDay(now).getTime();
  if (today < c.opensOn.getTime()) return conflict('contests.refusal.notYetOpen', { date: formatDate(c.opensOn) });
  if (today > c.closesOn.getTime()) return conflict('contests.refusal.windowClosed', { date: formatDate(c.closesOn) });
  return null;
}

/** Why the viewer cannot submit an entry now, or null (one entry per author and contest; a withdrawn one is resubmitted). */
export function whyNotSubmit(u: ContestViewer, c: ContestRuleState, now: Date, own: EntryRuleState | null): Refusal | null {
  if (!u.permissions.has('contest:enter')) return forbidden('contests.refusal.enterOnly');
  if (!u.staffId) return forbidden('contests.refusal.noStaff');
  if (own && own.withdrawnAt === null) return conflict('contests.refusal.alreadyEntered');
  return whyWindowShut(c, now);
}

/** Why the viewer cannot edit (or withdraw) the entry, or null: only its author, only while entries are accepted. */
export function whyNotEditEntry(u: ContestViewer, c: ContestRuleState, e: EntryRuleState, now: Date): Refusal | null {
  if (!u.permissions.has('contest:enter') || !u.staffId || u.staffId !== e.authorStaffId) return forbidden('contests.refusal.ownOnly');
  if (e.withdrawnAt !== null) return conflict('contests.refusal.withdrawn');
  return whyWindowShut(c, now);
}

/** Why the viewer cannot withdraw the entry, or null (the same rule as editing it). */
export function whyNotWithdrawEntry(u: ContestViewer, c: ContestRuleState, e: EntryRuleState, now: Date): Refusal | null {
  return whyNotEditEntry(u, c, e, now);
}

/** Why the viewer cannot score the entry, or null: organisers, while judging, never a withdrawn entry. */
export function whyNotScore(u: ContestViewer, c: ContestRuleState, e: EntryRuleState): Refusal | null {
  if (!u.permissions.has('contest:manage')) return forbidden('contests.refusal.manageOnly');
  // No one judges their own writing (as no one scores their own initiative): another organiser scores it.
  if (u.staffId && u.staffId === e.authorStaffId) return forbidden('contests.refusal.ownEntryScore');
  if (c.state === 'published') return conflict('contests.refusal.resultsFrozen');
  if (c.state !== 'closed') return conflict('contests.refusal.notJudging');
  if (e.withdrawnAt !== null) return conflict('contests.refusal.withdrawn');
  return null;
}
