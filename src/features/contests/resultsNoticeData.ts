// What the results notice prints, read inside the publishing transaction (under the contest's row lock, so it is
// exactly what was published): the school, the contest and its year, the judged entries in result order with the
// names as they are at that moment, the prize counts, and the council's chair on the day.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ContestResultsNoticeData } from '../../documents/contests/contestResultsNotice.ts';
import { translator, type MessageKey } from '../../i18n/index.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';
import { yearLabel } from '../exemplars/exemplars.presenter.ts';
import { PRIZES } from './contest.schemas.ts';
import { formatScore, rankedResults } from './contests.presenter.ts';

const vi = translator('vi');
/** "Giải Nhất", as the contest page names the prize. */
const prizeName = (p: string) => vi(`contests.prize.${p}` as MessageKey);
/** "Nhất": the table's column is headed "Giải", so the word is not repeated in every row. */
const prizeCell = (p: string) => prizeName(p).replace(/^Giải\s+/, '');

/** The notice's data without its number and date (the register gives those). */
export async function loadResultsNoticeData(
  tx: Prisma.TransactionClient,
  schoolId: string,
  contestId: string,
  now: Date,
): Promise<Omit<ContestResultsNoticeData, 'symbol' | 'date'>> {
  const [school, contest, entries, council] = await Promise.all([
    tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, placeName: true } }),
    tx.contest.findFirstOrThrow({ where: { id: contestId, schoolId }, select: { title: true, schoolYear: { select: { startYear: true } } } }),
    tx.contestEntry.findMany({
      where: { contestId, schoolId, withdrawnAt: null, score: { not: null } },
      select: {
        title: true,
        coAuthors: true,
        score: true,
        prize: true,
        withdrawnAt: true,
        author: { select: { fullName: true, collective: { select: { name: true } } } },
      },
    }),
    councilRollOn(tx, schoolId, now),
  ]);
  const ranked = rankedResults(entries);
  return {
    school,
    contestTitle: contest.title,
    year: yearLabel(contest.schoolYear.startYear),
    rows: ranked.map((e) => ({
      names: e.coAuthors ? `${e.author.fullName}, ${e.coAuthors}` : e.author.fullName,
      group: e.author.collective?.name ?? '',
      title: e.title,
      score: formatScore(e.score, 'vi'),
      prize: e.prize ? prizeCell(e.prize) : '',
    })),
    prizes: PRIZES.map((p) => ({ name: prizeName(p).replace(/^Giải/, 'giải'), count: ranked.filter((e) => e.prize === p).length })).filter((p) => p.count > 0),
    chairName: council.find((m) => m.role === 'chair')?.fullName ?? '',
  };
}
