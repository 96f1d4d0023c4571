// Command: the secretary issues the minutes (biên bản) of the initiative council's meeting for a school year, once:
// numbered in the register, with the printed data as its snapshot. Members present are those ticked on the form.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { issueDocumentNumber } from '../register/issueDocumentNumber.ts';
import { MINUTES_SUBJECT } from './issueInitiativeDecision.ts';
import { loadCouncilDocData } from './loadCouncilDocData.ts';

/** Issues the year's minutes (refused while an initiative is still under review, or twice). */
export async function issueInitiativeMinutes(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, presentStaffIds: string[]) {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`initiative-minutes:${schoolYearId}`}))`;
    if (await tx.issuedDocument.findFirst({ where: { schoolId, subject: MINUTES_SUBJECT, subjectId: schoolYearId } }))
      throw new AppError('conflict', 'initiatives.minutesIssued');
    if (await tx.initiativeRecord.count({ where: { schoolId, schoolYearId, status: { in: ['submitted', 'under_review'] } } }))
      throw new AppError('conflict', 'initiatives.stillUnderReview');
    const data = await loadCouncilDocData(tx, schoolId, schoolYearId, { now: ctx.now, statuses: ['scored', 'recognised', 'not_recognised'], presentStaffIds });
    if (data.rows.length === 0) throw new AppError('conflict', 'initiatives.nothingScored');
    const issuedOn = vietnamDay(ctx.now);
    const date = vietnamDayParts(issuedOn);
    const doc = await issueDocumentNumber(tx, ctx, {
      type: 'BB',
      title: `Biên bản họp Hội đồng sáng kiến năm học ${data.startYear}-${data.startYear + 1}`,
      issuedOn,
      issuerCode: 'HĐSK',
      subject: MINUTES_SUBJECT,
      subjectId: schoolYearId,
    });
    const { initiativeIds: _ids, ...printed } = data;
    await tx.issuedDocument.update({
      where: { id: doc.id },
      data: { snapshot: { version: 1, kind: 'initiative-minutes', model: { ...printed, symbol: doc.symbol, date } } as unknown as Prisma.InputJsonValue },
    });
    await recordEvent(tx, ctx, {
      action: 'initiative.minutes',
      subject: 'IssuedDocument',
      subjectId: doc.id,
      after: { symbol: doc.symbol, present: presentStaffIds.length },
    });
    return doc;
  });
}
