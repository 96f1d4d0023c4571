// Home page view model.
import type { CurrentUser } from '../auth/currentUser.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';

/** What the home page shows for a user at a moment. */
export function presentHome(user: CurrentUser, now: Date) {
  const councilRoles = user.roles.filter((r) => r !== 'staff');
  return {
    title: 'home.title',
    displayName: user.displayName,
    schoolYear: user.schoolYear ? schoolYearLabel(user.schoolYear.startYear) : null,
    roleKeys: councilRoles.map((r) => `role.${r}`),
    today: now,
  };
}
