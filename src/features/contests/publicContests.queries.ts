// The contest results on the school's public page (no login): only contests whose results are published, and of
// them only the awarded entries' author names, titles and prizes — never an entry's text, file, score or comment,
// and nothing of a contest still open or being judged.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { PRIZES } from './contest.schemas.ts';

/** One awarded entry as the public sees it. */
export interface PublicContestAward {
  name: string;
  title: string;
  prize: string;
}

/** The school's published contests (newest first) with their awarded entries in prize order. */
export async function listPublicContestResults(prisma: PrismaClient, schoolId: string) {
  const contests = await prisma.contest.findMany({
    where: { schoolId, state: 'published' },
    select: {
      id: true,
      title: true,
      schoolYear: { select: { startYear: true } },
      entries: {
        where: { withdrawnAt: null, prize: { not: null } },
        select: { title: true, prize: true, coAuthors: true, score: true, author: { select: { fullName: true } } },
      },
    },
    orderBy: { publishedAt: 'desc' },
    take: 20,
  });
  return contests.map((c) => ({
    id: c.id,
    title: c.title,
    startYear: c.schoolYear.startYear,
    awards: c.entries
      .sort((a, b) => PRIZES.indexOf(a.prize!) - PRIZES.indexOf(b.prize!) || Number(b.score) - Number(a.score))
      .map((e): PublicContestAward => ({ name: e.coAuthors ? `${e.author.fullName}, ${e.coAuthors}` : e.author.fullName, title: e.title, prize: e.prize! })),
  }));
}
