// Scoped reads of complaints (the reader's school; complaint:view is the route's gate) and the form's choices.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { vi } from '../../i18n/vi.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';

type Db = PrismaClient | Prisma.TransactionClient;
const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

const include = {
  nomination: { include: { staff: { select: { fullName: true } }, collective: { select: { name: true } } } },
  approval: { include: { meeting: { select: { heldOn: true } } } },
  assignee: { select: { fullName: true } },
  reply: { select: { id: true, symbol: true, issuedOn: true } },
} as const;

/** The school year's complaints, soonest deadline first. */
export async function listComplaints(db: Db, schoolId: string, schoolYearId: string) {
  return db.complaint.findMany({ where: { schoolId, schoolYearId }, include, orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] });
}

/** One complaint of the reader's school, or 404. */
export async function findComplaint(db: Db, schoolId: string, id: string) {
  return foundOr404(await db.complaint.findFirst({ where: { id, schoolId }, include }));
}
export type ComplaintRow = Awaited<ReturnType<typeof findComplaint>>;

/** What a letter can be about (the year's nominations and approved lists) and who can be assigned (the council). */
export async function complaintChoices(db: Db, schoolId: string, schoolYearId: string, today: Date) {
  const [nominations, approvals, council] = await Promise.all([
    db.nomination.findMany({
      where: { schoolId, schoolYearId },
      include: { staff: { select: { fullName: true } }, collective: { select: { name: true } } },
      orderBy: [{ code: 'asc' }, { id: 'asc' }],
    }),
    db.nominationApproval.findMany({
      where: { schoolId, meeting: { schoolYearId } },
      include: { meeting: { select: { heldOn: true } } },
      orderBy: { approvedAt: 'asc' },
    }),
    councilRollOn(db, schoolId, today),
  ]);
  return {
    nominations: nominations.map((n) => ({ value: `nomination:${n.id}`, label: `${n.staff?.fullName ?? n.collective?.name ?? ''} — ${AWARD(n.code)}` })),
    approvals: approvals.map((a) => ({ value: `approval:${a.id}`, heldOn: a.meeting.heldOn })),
    council: council.map((m) => ({ staffId: m.staffId, fullName: m.fullName })),
  };
}

/** Open (not settled) complaints per nomination of a school year: the nomination list shows them. */
export async function openComplaintsByNomination(db: Db, schoolId: string, schoolYearId: string): Promise<Record<string, number>> {
  const rows = await db.complaint.groupBy({
    by: ['nominationId'],
    where: { schoolId, schoolYearId, nominationId: { not: null }, status: { not: 'settled' } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.flatMap((r) => (r.nominationId ? [[r.nominationId, r._count._all]] : [])));
}

/** The school's years, newest first: the choices of the complaints page's year picker. */
export function complaintYears(db: Db, schoolId: string) {
  return db.schoolYear.findMany({ where: { schoolId }, select: { id: true, startYear: true }, orderBy: { startYear: 'desc' } });
}
