// Command: the results published (closed → published). Every live entry must be scored; the counts are taken under
// the contest's row lock, which scoring also takes, so no score can change between the check and the publication,
// and prizes are frozen afterwards (scoring refuses a published contest). In the same transaction the council's
// Thông báo kết quả cuộc thi takes its number (TB) in the register with what it prints as its snapshot: issued with
// the publication and only once (a second publish is refused under the lock before a number is taken), and later
// renames of authors or groups cannot change it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { contestResultsNotice } from '../../documents/contests/contestResultsNotice.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { whyNotPublish } from './contest.policy.ts';
import { entryCounts, RESULTS_NOTICE_SUBJECT } from './contest.queries.ts';
import { lockContest, ORGANISER, recheck } from './lockContest.ts';
import { loadResultsNoticeData } from './resultsNoticeData.ts';

/** Publishes the contest's results and issues their notice. */
export async function publishResults(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, ctx.actor.schoolId, id);
    const counts = await entryCounts(tx, id);
    recheck(whyNotPublish(ORGANISER, c, counts));
    await tx.contest.update({ where: { id }, data: { state: 'published', publishedAt: ctx.now, publishedById: ctx.actor.id } });
    const data = await loadResultsNoticeData(tx, ctx.actor.schoolId, id, ctx.now);
    const notice = await issueDocument(tx, ctx, {
      type: 'TB',
      title: `Thông báo kết quả Cuộc thi “${data.contestTitle}” năm học ${data.year}`,
      issuedOn: ctx.now,
      issuerCode: COUNCIL_ISSUER_CODE,
      subject: RESULTS_NOTICE_SUBJECT,
      subjectId: id,
      kind: 'contestResultsNotice',
      build: ({ symbol, date }) => contestResultsNotice({ ...data, symbol, date }),
    });
    await recordEvent(tx, ctx, {
      action: 'contest.publish',
      subject: 'Contest',
      subjectId: id,
      before: { state: c.state },
      after: { state: 'published', entries: counts.live, notice: notice.symbol },
    });
  });
}
