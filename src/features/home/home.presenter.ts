// Home page view model.
import type { CurrentUser } from '../auth/currentUser.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { daysLeft, dueWithin, WINDOW_KINDS } from '../../domain/deadlines.ts';
import { openWindow } from '../../domain/registrationWindows.ts';
import { vietnamIsoDate } from '../../domain/calendarDay.ts';
import type { loadHome } from './home.queries.ts';
import { readPlanSnapshot } from '../plans/planContent.ts';
import { presentTodos } from './homeTodos.presenter.ts';

/** What the home page shows for a user at a moment. */
export function presentHome(user: CurrentUser, now: Date, data: Awaited<ReturnType<typeof loadHome>>) {
  const councilRoles = user.roles.filter((r) => r !== 'staff');
  const windows = data.milestones
    .filter((m) => WINDOW_KINDS.has(m.kind))
    .map((m) => ({ kind: m.kind as 'registration_window' | 'supplementary_window', startsOn: m.startsOn, dueOn: m.dueOn }));
  const windowOpen = openWindow(windows, now) !== null;
  const windowClosed = windows.length > 0 && !windowOpen && windows.every((w) => daysLeft(w.dueOn, now) < 0);
  return {
    title: 'home.title',
    displayName: user.displayName,
    schoolName: data.school.name,
    schoolYear: user.schoolYear ? schoolYearLabel(user.schoolYear.startYear) : null,
    roleKeys: councilRoles.map((r) => `role.${r}`),
    today: now,
    todos: presentTodos(user, data.todos, {
      windowOpen,
      windowClosed,
      calendarYear: data.calendarYear,
      hasPlan: data.plan?.plan.year === data.calendarYear,
      quota: data.quota,
      today: vietnamIsoDate(now),
    }),
    plan: data.plan
      ? {
          href: `/plans/${data.plan.planId}/versions/${data.plan.versionNo}`,
          title: readPlanSnapshot(data.plan.snapshot).title,
          symbol: data.plan.documentSymbol,
          approvedOn: data.plan.approvedOn,
          pdf: `/plans/${data.plan.planId}/versions/${data.plan.versionNo}/pdf`,
          year: data.plan.plan.year,
          current: data.plan.plan.year === data.calendarYear,
        }
      : null,
    calendarYear: data.calendarYear,
    movements: data.movements,
    due: dueWithin(data.milestones, now, 14)
      .map((m) => ({
        title: m.title,
        dueOn: m.dueOn,
        left: daysLeft(m.dueOn, now),
        // A window that has ended is closed, not late: nobody owes anything for it (issue 15 §8).
        closed: WINDOW_KINDS.has(m.kind) && daysLeft(m.dueOn, now) < 0,
        ownerRole: m.ownerRole,
        mine: (user.roles as string[]).includes(m.ownerRole),
      }))
      .filter((m) => (m.mine || user.permissions.has('calendar:manage')) && m.left >= -30 && !m.closed),
  };
}
