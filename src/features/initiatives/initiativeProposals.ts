// Reads for the proposals page: recognised initiatives not yet proposed upwards (this year's first; the city often
// recognises a year later), and every initiative
// proposed upwards (any year) with its proposal and the upper level's decision when it has come.
import type { PrismaClient } from '../../generated/prisma/client.ts';

const select = {
  id: true,
  title: true,
  startYear: true,
  grade: true,
  proposedOn: true,
  proposalNumber: true,
  upperLevel: true,
  upperGrade: true,
  upperDecisionNumber: true,
  upperDecisionDate: true,
  authors: { select: { sharePct: true, staff: { select: { fullName: true } } }, orderBy: { sharePct: 'desc' } },
} as const;

/** The two lists of the proposals page. */
export async function initiativeProposals(prisma: PrismaClient, schoolId: string) {
  const [candidates, proposed] = await Promise.all([
    prisma.initiativeRecord.findMany({
      where: { schoolId, status: 'recognised', proposedOn: null },
      select,
      orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
      take: 100,
    }),
    prisma.initiativeRecord.findMany({ where: { schoolId, proposedOn: { not: null } }, select, orderBy: [{ proposedOn: 'desc' }, { title: 'asc' }] }),
  ]);
  const authors = (i: (typeof candidates)[number]) => i.authors.map((a) => `${a.staff.fullName} (${Number(a.sharePct)}%)`).join(', ');
  return {
    candidates: candidates.map((i) => ({ ...i, authorsLine: authors(i) })),
    proposed: proposed.map((i) => ({ ...i, authorsLine: authors(i) })),
  };
}
