// Who may act as the council, and who may read a year's council records. Pure: roles and years are given.
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { forbidden, type Refusal } from '../../domain/refusal.ts';

export interface CouncilYearView {
  startYear: number;
  /** The roles the person held that year. */
  rolesThatYear: CouncilRoleName[];
  /** The start year of the current school year. */
  currentStartYear: number;
  /** The person may read every record (chair of the current year, administrator, records:view-all). */
  canViewAll: boolean;
}

/** Council actions (voting, proposing…) belong to members of the current year's council only. */
export function whyNotActAsCouncil(v: CouncilYearView): Refusal | null {
  if (v.startYear !== v.currentStartYear) return forbidden('council.onlyCurrentYear');
  if (!v.rolesThatYear.some((r) => r !== 'initiative_council')) return forbidden('council.notMemberThisYear');
  return null;
}

/** True when whyNotActAsCouncil has no reason. */
export const canActAsCouncil = (v: CouncilYearView) => whyNotActAsCouncil(v) === null;

/** A year's council records stay readable by those who took part that year, and by those who may read all. */
export function whyNotReadCouncilRecords(v: CouncilYearView): Refusal | null {
  return v.canViewAll || v.rolesThatYear.length > 0 ? null : forbidden('council.notMemberThatYear');
}

/** True when whyNotReadCouncilRecords has no reason. */
export const canReadCouncilRecords = (v: CouncilYearView) => whyNotReadCouncilRecords(v) === null;
