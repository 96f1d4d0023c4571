// The one query for "who sits on the council on date D": permissions, reminders, and later quorum and roll call use
// it. A term covers the dates validFrom..validTo inclusive; validTo null means it is still open.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The emulation-and-commendation council (HĐTĐKT), the initiative council (Hội đồng sáng kiến), or both. */
export type CouncilKind = 'council' | 'initiative' | 'all';

/** The roles that make up each council: the initiative council is the role initiative_council. */
export const ROLES_OF_COUNCIL: Record<Exclude<CouncilKind, 'all'>, readonly CouncilRoleName[]> = {
  council: ['chair', 'vice_chair', 'secretary', 'council_member'],
  initiative: ['initiative_council'],
};

export interface CouncilMemberOnDate {
  termId: string;
  staffId: string;
  fullName: string;
  position: string;
  role: CouncilRoleName;
  validFrom: Date;
  validTo: Date | null;
  decisionId: string;
}

/** Where-clause of the terms of a school that cover a calendar date (UTC midnight). */
export function termsOnDate(schoolId: string, date: Date): Prisma.CouncilMembershipWhereInput {
  return { schoolId, validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

/** Where-clause of the terms of a school that overlap the calendar dates from..to. */
export function termsDuring(schoolId: string, from: Date, to: Date): Prisma.CouncilMembershipWhereInput {
  return { schoolId, validFrom: { lte: to }, OR: [{ validTo: null }, { validTo: { gte: from } }] };
}

const ORDER: readonly CouncilRoleName[] = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council'];

/** The members of the school's council (or initiative council) on `date`, by role order; optionally one person's. */
export async function councilMembersOn(
  db: Db,
  schoolId: string,
  date: Date,
  kind: CouncilKind = 'council',
  only: { staffId?: string } = {},
): Promise<CouncilMemberOnDate[]> {
  const roles = kind === 'all' ? ORDER : ROLES_OF_COUNCIL[kind];
  const rows = await db.councilMembership.findMany({
    where: { ...termsOnDate(schoolId, date), role: { in: [...roles] }, ...(only.staffId ? { staffId: only.staffId } : {}) },
    include: { staff: { select: { fullName: true, position: true } } },
    orderBy: [{ validFrom: 'asc' }],
  });
  const members = rows.map((r) => ({
    termId: r.id,
    staffId: r.staffId,
    fullName: r.staff.fullName,
    position: r.staff.position,
    role: r.role,
    validFrom: r.validFrom,
    validTo: r.validTo,
    decisionId: r.decisionId,
  }));
  return sortByVietnameseName(members, (m) => m.fullName).sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
}
