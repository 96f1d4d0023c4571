// Yearly report commands, each one transaction with its audit row: create the pre-filled draft, save an edit
// (optimistic revision), and issue it — a BC number from the register and the document stored as issued, so
// every later download renders that snapshot whatever changes in the live data.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { yearReportDocument } from '../../documents/reports/yearReportDocument.ts';
import { AppError } from '../../errors.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { REPORT_SUBJECT } from './yearReport.queries.ts';
import { readYearReportContent, yearReportContentJson, type YearReportContent } from './yearReportContent.ts';

type Tx = Prisma.TransactionClient;

/** The report row locked for update, in the actor's school (404 otherwise). */
async function lockReport(tx: Tx, ctx: CommandContext, id: string) {
  const rows = await tx.$queryRaw<
    Array<{ id: string }>
  >`SELECT id FROM "YearReport" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  return tx.yearReport.findUniqueOrThrow({ where: { id } });
}

/** Creates the draft of `startYear` from `content`; an existing draft is kept (a second click finds it). */
export async function createYearReport(prisma: PrismaClient, ctx: CommandContext, startYear: number, content: YearReportContent): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "YearReport" (id, "schoolId", "startYear", content, "updatedAt")
      VALUES (gen_random_uuid(), ${ctx.actor.schoolId}::uuid, ${startYear}, ${JSON.stringify(yearReportContentJson(content))}::jsonb, ${ctx.now})
      ON CONFLICT ("schoolId", "startYear") DO NOTHING RETURNING id`;
    if (!rows[0]) return (await tx.yearReport.findFirstOrThrow({ where: { schoolId: ctx.actor.schoolId, startYear } })).id;
    await recordEvent(tx, ctx, { action: 'yearReport.create', subject: 'YearReport', subjectId: rows[0].id, after: { startYear } });
    return rows[0].id;
  });
}

/** Saves an edit of the draft made on revision `expected` (409 when someone saved meanwhile). */
export async function saveYearReport(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  expected: number,
  change: (content: YearReportContent) => YearReportContent,
  action = 'yearReport.save',
) {
  await prisma.$transaction(async (tx) => {
    const report = await lockReport(tx, ctx, id);
    if (report.revision !== expected) throw new AppError('conflict', 'yearReport.editedMeanwhile');
    const content = change(readYearReportContent(report.content));
    await tx.yearReport.update({ where: { id }, data: { content: yearReportContentJson(content), revision: { increment: 1 } } });
    await recordEvent(tx, ctx, {
      action,
      subject: 'YearReport',
      subjectId: id,
      before: { revision: report.revision },
      after: { revision: report.revision + 1 },
    });
  });
}

/** Issues the draft as it stands: a BC number and the snapshot; returns the register row. */
export async function issueYearReport(prisma: PrismaClient, ctx: CommandContext, id: string, expected: number) {
  return prisma.$transaction(async (tx) => {
    const report = await lockReport(tx, ctx, id);
    // The chair confirms what was on the screen: an edit saved since then must be read first.
    if (report.revision !== expected) throw new AppError('conflict', 'yearReport.editedMeanwhile');
    const content = readYearReportContent(report.content);
    const school = await tx.school.findUniqueOrThrow({ where: { id: ctx.actor.schoolId } });
    const doc = await issueDocument(tx, ctx, {
      type: 'BC',
      title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm học ${report.startYear}-${report.startYear + 1}`,
      issuedOn: vietnamDay(ctx.now),
      issuerCode: school.documentPrefix,
      subject: REPORT_SUBJECT,
      subjectId: id,
      kind: 'yearReport',
      build: ({ symbol, date }) =>
        yearReportDocument({
          school: { name: school.name, governingBody: school.governingBody, placeName: school.placeName },
          startYear: report.startYear,
          symbol,
          date,
          ...content,
        }),
    });
    await recordEvent(tx, ctx, { action: 'yearReport.issue', subject: 'YearReport', subjectId: id, after: { symbol: doc.symbol, revision: report.revision } });
    return doc;
  });
}
