// "Việc cần làm" on the home page: the to-do counts turned into sentences with links, one section per role held.
import type { CurrentUser } from '../auth/currentUser.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { formatDate } from '../../i18n/index.ts';
import type { TodoCounts } from './homeTodos.queries.ts';

export type TodoTone = 'action' | 'info' | 'done';
export interface TodoItem {
  key: MessageKey;
  params: Record<string, string | number>;
  /** A message key whose text fills the {label} parameter (a status or a title name). */
  labelKey?: MessageKey;
  href: string | null;
  tone: TodoTone;
}
export interface TodoSection {
  heading: MessageKey;
  items: TodoItem[];
}

/** The CSTĐCS cap: the percentage of LĐTT in the rule set in force (null: no cap), when the reader may see it. */
export interface QuotaInput {
  capPct: number | null;
}

const item = (key: MessageKey, href: string | null, tone: TodoTone, params: Record<string, string | number> = {}, labelKey?: MessageKey): TodoItem => ({
  key,
  params,
  href,
  tone,
  ...(labelKey ? { labelKey } : {}),
});

/** The writing contests taking entries today (Vietnam's day, "YYYY-MM-DD"): submit, or the entry is in. */
function contests(user: CurrentUser, c: TodoCounts, today: string | undefined): TodoItem[] {
  if (!today || !user.permissions.has('contest:enter')) return [];
  return (c.openContests ?? [])
    .filter((k) => k.opensOn.slice(0, 10) <= today && today <= k.closesOn.slice(0, 10))
    .map((k) =>
      k.entered
        ? item('todo.mine.contestEntered', `/contests/${k.id}`, 'done', { title: k.title })
        : item('todo.mine.contest', `/contests/${k.id}#my-entry`, 'action', {
            title: k.title,
            date: formatDate(new Date(`${k.closesOn.slice(0, 10)}T00:00:00Z`)),
          }),
    );
}

function mine(user: CurrentUser, c: TodoCounts, windowOpen: boolean): TodoItem[] {
  const year = user.schoolYear ? schoolYearLabel(user.schoolYear.startYear) : '';
  const reg = c.myRegistration;
  const out: TodoItem[] = [];
  if (!reg)
    out.push(
      windowOpen ? item('todo.mine.register', '/registrations/new', 'action', { year }) : item('todo.mine.noRegistration', '/registrations', 'info', { year }),
    );
  else if (reg.status === 'draft') out.push(item('todo.mine.draft', `/registrations/${reg.id}`, 'action'));
  else if (reg.status === 'returned') out.push(item('todo.mine.returned', `/registrations/${reg.id}`, 'action'));
  else if (reg.status === 'submitted') out.push(item('todo.mine.submitted', `/registrations/${reg.id}`, 'info'));
  else out.push(item('todo.mine.approved', `/registrations/${reg.id}`, 'done'));
  const initiatives = Object.entries(c.myInitiatives);
  if (!initiatives.length) out.push(item('todo.mine.noInitiative', '/initiatives', 'info'));
  for (const [status, count] of initiatives) {
    out.push(item('todo.mine.initiatives', '/initiatives', status === 'draft' ? 'action' : 'info', { count }, `initiativeStatus.${status}` as MessageKey));
  }
  return out;
}

function group(c: TodoCounts): TodoItem[] {
  const out: TodoItem[] = Object.entries(c.groupRegistrations).map(([status, count]) =>
    item('todo.group.registrations', '/registrations', status === 'returned' ? 'action' : 'info', { count }, `registrationStatus.${status}` as MessageKey),
  );
  out.push(
    c.groupMissing ? item('todo.group.missing', '/registrations', 'action', { count: c.groupMissing }) : item('todo.group.allIn', '/registrations', 'done'),
  );
  return out;
}

function review(user: CurrentUser, c: TodoCounts, windowClosed: boolean): TodoItem[] {
  const out: TodoItem[] = [
    c.awaitingReview
      ? item('todo.review.waiting', '/registrations/review', 'action', { count: c.awaitingReview })
      : item('todo.review.none', '/registrations/review', 'done'),
  ];
  if (c.notRegistered) {
    const href = user.permissions.has('records:view-all') ? '/registrations/summary' : null;
    out.push(item(windowClosed ? 'todo.review.late' : 'todo.review.notYet', href, windowClosed ? 'action' : 'info', { count: c.notRegistered }));
  }
  if (user.permissions.has('directory:import') && c.pendingImports)
    out.push(item('todo.review.imports', '/staff/import', 'action', { count: c.pendingImports }));
  return out;
}

function chair(user: CurrentUser, c: TodoCounts, calendarYear: number, hasPlan: boolean, quota: QuotaInput | null): TodoItem[] {
  const out: TodoItem[] = c.openPlans.map((p) =>
    item(p.status === 'submitted' ? 'todo.chair.planSubmitted' : 'todo.chair.planDraft', `/plans/${p.id}`, 'action', { year: p.year }),
  );
  if (!hasPlan && !c.openPlans.some((p) => p.year === calendarYear)) out.push(item('todo.chair.noPlan', '/plans', 'action', { year: calendarYear }));
  if (user.permissions.has('nomination:approve')) {
    out.push(
      c.listsAwaitingApproval
        ? item('todo.chair.lists', '/meetings', 'action', { count: c.listsAwaitingApproval })
        : item('todo.chair.noLists', '/meetings', 'info'),
    );
  }
  if (user.permissions.has('ballot:manage') && c.openBallots) out.push(item('todo.chair.ballots', '/meetings', 'action', { count: c.openBallots }));
  if (user.permissions.has('dossier:export') && user.schoolYear) {
    const href = `/dossiers/${user.schoolYear.startYear}`;
    const d = c.latestDossier;
    if (!d) out.push(item('todo.chair.noDossier', href, 'info'));
    else if (d.returnedOn) out.push(item('todo.chair.dossierReturned', href, 'action', { version: d.version }));
    else if (d.sentOn) out.push(item('todo.chair.dossierSent', href, 'done', { version: d.version }));
    else
      out.push(
        item('todo.chair.dossier', href, d.status === 'failed' ? 'action' : 'info', { version: d.version }, `dossiers.status.${d.status}` as MessageKey),
      );
  }
  if (quota && user.permissions.has('nomination:approve')) {
    const proposed = c.nominationsByCode.CSTDCS ?? 0;
    const basis = c.nominationsByCode.LDTT ?? 0;
    if (quota.capPct === null) out.push(item('todo.chair.quotaNone', '/nominations', 'info', { count: proposed }));
    else {
      const max = Math.floor((quota.capPct * basis) / 100);
      out.push(item('todo.chair.quota', '/nominations', proposed > max ? 'action' : 'info', { count: proposed, max, pct: quota.capPct, basis }));
    }
  }
  return out;
}

/** The to-do sections for the roles the user holds, in the order teacher, group leader, reviewer, chair. */
export function presentTodos(
  user: CurrentUser,
  c: TodoCounts,
  o: { windowOpen: boolean; windowClosed: boolean; calendarYear: number; hasPlan: boolean; quota: QuotaInput | null; today?: string },
): TodoSection[] {
  if (!user.schoolYear) return [];
  const sections: TodoSection[] = [];
  if (user.staffId) sections.push({ heading: 'todo.mine.heading', items: [...mine(user, c, o.windowOpen), ...contests(user, c, o.today)] });
  if (user.ledCollectiveIds.length) sections.push({ heading: 'todo.group.heading', items: group(c) });
  if (user.permissions.has('registration:review')) sections.push({ heading: 'todo.review.heading', items: review(user, c, o.windowClosed) });
  if (user.permissions.has('plan:approve') || user.permissions.has('plan:edit')) {
    const items = chair(user, c, o.calendarYear, o.hasPlan, o.quota);
    if (items.length) sections.push({ heading: user.permissions.has('plan:approve') ? 'todo.chair.heading' : 'todo.plans.heading', items });
  }
  return sections;
}
