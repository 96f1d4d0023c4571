// Home page view model.
import type { CurrentUser } from '../auth/currentUser.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { daysLeft } from '../../domain/deadlines.ts';
import type { loadHome } from './home.queries.ts';
import { readPlanSnapshot } from '../plans/planContent.ts';

/** What the home page shows for a user at a moment. */
export function presentHome(user: CurrentUser, now: Date, data: Awaited<ReturnType<typeof loadHome>>) {
  const councilRoles = user.roles.filter((r) => r !== 'staff');
  return {
    title: 'home.title',
    displayName: user.displayName,
    schoolName: data.school.name,
    schoolYear: user.schoolYear ? schoolYearLabel(user.schoolYear.startYear) : null,
    roleKeys: councilRoles.map((r) => `role.${r}`),
    today: now,
    plan: data.plan
      ? {
          href: `/plans/${data.plan.planId}/versions/${data.plan.versionNo}`,
          title: readPlanSnapshot(data.plan.snapshot).title,
          symbol: data.plan.documentSymbol,
          approvedOn: data.plan.approvedOn,
          pdf: `/plans/${data.plan.planId}/versions/${data.plan.versionNo}/pdf`,
        }
      : null,
    movements: data.movements,
    due: data.due
      .map((m) => ({
        title: m.title,
        dueOn: m.dueOn,
        left: daysLeft(m.dueOn, now),
        ownerRole: m.ownerRole,
        mine: (user.roles as string[]).includes(m.ownerRole),
      }))
      .filter((m) => (m.mine || user.permissions.has('calendar:manage')) && m.left >= -30),
  };
}
