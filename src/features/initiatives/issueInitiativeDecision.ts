// Command: the head issues the Quyết định công nhận sáng kiến of a school year. Under one lock per year: every
// initiative has a result (none still under review), the decision takes its number in the register with the data it
// prints as its snapshot, and each scored initiative becomes recognised (grade reached) or not recognised. From that
// commit the recognised ones are facts of the rules engine (loadEngineFacts reads status = recognised).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { issueDocumentNumber } from '../register/issueDocumentNumber.ts';
import { loadCouncilDocData } from './loadCouncilDocData.ts';
import { notifyAuthors } from './notifyAuthors.ts';

export const DECISION_SUBJECT = 'InitiativeDecision';
export const MINUTES_SUBJECT = 'InitiativeMinutes';

/** Issues the year's recognition decision once; returns the issued document. */
export async function issueInitiativeDecision(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, issuerCode: string) {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`initiative-decision:${schoolYearId}`}))`;
    if (await tx.issuedDocument.findFirst({ where: { schoolId, subject: DECISION_SUBJECT, subjectId: schoolYearId } }))
      throw new AppError('conflict', 'initiatives.decisionIssued');
    const pending = await tx.initiativeRecord.count({ where: { schoolId, schoolYearId, status: { in: ['submitted', 'under_review'] } } });
    if (pending > 0) throw new AppError('conflict', 'initiatives.stillUnderReview');
    const data = await loadCouncilDocData(tx, schoolId, schoolYearId, { now: ctx.now, statuses: ['scored'] });
    if (data.rows.length === 0) throw new AppError('conflict', 'initiatives.nothingScored');
    const issuedOn = vietnamDay(ctx.now);
    const date = vietnamDayParts(issuedOn);
    const doc = await issueDocumentNumber(tx, ctx, {
      type: 'QĐ',
      title: `Quyết định công nhận sáng kiến năm học ${data.startYear}-${data.startYear + 1}`,
      issuedOn,
      issuerCode,
      subject: DECISION_SUBJECT,
      subjectId: schoolYearId,
    });
    const { initiativeIds: _ids, ...printed } = data;
    const snapshot = { version: 1, kind: 'initiative-decision', model: { ...printed, symbol: doc.symbol, date } };
    await tx.issuedDocument.update({ where: { id: doc.id }, data: { snapshot: snapshot as unknown as Prisma.InputJsonValue } });
    for (const row of data.rows) {
      const status = row.grade ? 'recognised' : 'not_recognised';
      await tx.initiativeRecord.update({
        where: { id: row.id },
        data: { status, recognisedOn: row.grade ? issuedOn : null, decisionNumber: doc.symbol, decisionDocumentId: doc.id, level: 'co_so' },
      });
      await recordEvent(tx, ctx, {
        action: `initiative.${status === 'recognised' ? 'recognise' : 'reject'}`,
        subject: 'InitiativeRecord',
        subjectId: row.id,
        before: { status: 'scored' },
        after: { status, grade: row.grade, decision: doc.symbol },
      });
      await notifyAuthors(tx, schoolId, row.id, status, ctx.now);
    }
    return doc;
  });
}
