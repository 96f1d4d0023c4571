// The council's result list for a school year: every initiative under review or scored, with each valid score.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { initiativeCouncilOn } from './initiativeCouncil.ts';
import { rulesForYear, validScores } from './initiative.queries.ts';

/** Rows (with scores, mean, grade), the council's members and the grade labels of the year. */
export async function councilResults(prisma: PrismaClient, schoolId: string, schoolYearId: string, now: Date) {
  const [initiatives, members, { rules }] = await Promise.all([
    prisma.initiativeRecord.findMany({
      where: { schoolId, schoolYearId, status: { in: ['under_review', 'scored', 'recognised', 'not_recognised'] } },
      include: {
        authors: { include: { staff: { select: { fullName: true } } }, orderBy: { sharePct: 'desc' } },
        scores: true,
        recusals: true,
        reviews: { include: { reviewer: { select: { fullName: true } } } },
      },
      orderBy: [{ meanScore: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }],
    }),
    initiativeCouncilOn(prisma, schoolId, vietnamDay(now)),
    rulesForYear(prisma, schoolId, schoolYearId),
  ]);
  const rows = initiatives.map((i) => ({
    id: i.id,
    title: i.title,
    status: i.status,
    authors: i.authors.map((a) => `${a.staff.fullName} (${Number(a.sharePct)}%)`).join(', '),
    scores: validScores(i).map((s) => ({
      reviewer: i.reviews.find((r) => r.reviewerStaffId === s.reviewerStaffId)?.reviewer.fullName ?? '',
      total: Number(s.total),
    })),
    mean: i.meanScore === null ? null : Number(i.meanScore),
    grade: i.grade,
    proposedUpward: i.proposedUpward,
  }));
  return { rows, members, rules, pending: rows.filter((r) => r.status === 'under_review').length };
}
