// The secretary's progress view: per initiative of the year, who was assigned, who has scored, who recused.
import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Rows of the progress page and the reviewers who still owe a score. */
export async function reviewProgressRows(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  const [initiatives, setting] = await Promise.all([
    prisma.initiativeRecord.findMany({
      where: { schoolId, schoolYearId, status: { notIn: ['draft', 'withdrawn'] } },
      include: {
        reviews: { include: { reviewer: { select: { fullName: true } } } },
        scores: { select: { reviewerStaffId: true } },
        recusals: { select: { staffId: true } },
      },
      orderBy: { title: 'asc' },
    }),
    prisma.initiativeYearSetting.findFirst({ where: { schoolId, schoolYearId } }),
  ]);
  const rows = initiatives.map((i) => {
    const reviewers = i.reviews.map((r) => ({
      name: r.reviewer.fullName,
      state: i.recusals.some((x) => x.staffId === r.reviewerStaffId)
        ? 'recused'
        : i.scores.some((s) => s.reviewerStaffId === r.reviewerStaffId)
          ? 'scored'
          : 'pending',
    }));
    return { id: i.id, title: i.title, status: i.status, reviewers };
  });
  const owing = new Map<string, string[]>();
  for (const r of rows) for (const x of r.reviewers) if (x.state === 'pending') owing.set(x.name, [...(owing.get(x.name) ?? []), r.title]);
  return { rows, owing: [...owing.entries()].map(([name, titles]) => ({ name, titles })), scoringDueOn: setting?.scoringDueOn ?? null };
}
