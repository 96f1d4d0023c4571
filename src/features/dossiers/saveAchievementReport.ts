// Command: saves the báo cáo thành tích of a nomination (the nominee's text) and, when the chair confirms it, who
// confirmed it and when. Any later edit clears the confirmation: the chair confirms what is actually filed.
import type { CommandContext } from '../../audit/recordEvent.ts';
import { recordEvent } from '../../audit/recordEvent.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { achievementContentSchema, readAchievementContent, type AchievementContent } from './achievementReportContent.ts';

/** Saves `content` for the nomination (null keeps the stored text) and confirms it when `confirm` is set. */
export async function saveAchievementReport(
  prisma: PrismaClient,
  ctx: CommandContext,
  nominationId: string,
  change: { content: AchievementContent | null; confirm: boolean },
): Promise<void> {
  const { schoolId } = ctx.actor;
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Nomination" WHERE id = ${nominationId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const nomination = await tx.nomination.findFirst({ where: { id: nominationId, schoolId }, include: { achievementReport: true } });
    if (!nomination) throw new AppError('not_found', 'error.notFound.body');
    const before = nomination.achievementReport;
    const stored = before ? readAchievementContent(before.content) : null;
    const content = change.content ? achievementContentSchema.parse(change.content) : stored;
    if (!content) throw new AppError('unprocessable', 'dossiers.report.empty');
    const edited = change.content !== null;
    const confirmed = change.confirm ? { confirmedById: ctx.actor.id, confirmedAt: ctx.now } : edited ? { confirmedById: null, confirmedAt: null } : {};
    await tx.achievementReport.upsert({
      where: { nominationId },
      create: { nominationId, schoolId, content, ...confirmed },
      update: { content, ...confirmed },
    });
    await recordEvent(tx, ctx, {
      action: change.confirm ? 'achievementReport.confirm' : 'achievementReport.save',
      subject: 'Nomination',
      subjectId: nominationId,
      before: before ? { content: before.content, confirmedAt: before.confirmedAt } : null,
      after: { content, confirmed: change.confirm },
    });
  });
}
