// Staff import: the preview is computed from the stored upload against the current directory; confirming
// re-validates inside the transaction and writes everything or nothing.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import type { ParseLimits } from '../imports/parseLimits.ts';
import { parseUploadSafely } from '../imports/parseUploadSafely.ts';
import type { ParseResult } from './import/staffImportTypes.ts';
import { writeStaffImport, type StaffImportSummary } from './writeStaffImport.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** Whether a parsed file can be applied: no file error and no bad row on either sheet. */
export function staffImportHasErrors(result: ParseResult): boolean {
  return Boolean(result.fileError) || result.counts.error > 0 || (result.collectives?.counts.error ?? 0) > 0;
}

/** Parses a staff file (XLSX or CSV) against the school's collectives and staff as they are now, off the request thread. */
export async function previewStaffImport(db: Db, schoolId: string, content: Uint8Array, now: Date, limits?: ParseLimits): Promise<ParseResult> {
  const [collectives, existing] = await Promise.all([
    db.collective.findMany({ where: { schoolId }, select: { id: true, name: true, kind: true, leaderStaffId: true } }),
    db.staff.findMany({ where: { schoolId } }),
  ]);
  const parsed = await parseUploadSafely({ kind: 'staff', bytes: content, fileName: '', context: { collectives, existing, today: vietnamDay(now) } }, limits);
  return parsed.ok ? parsed.result : { fileError: parsed.message, rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } };
}

/** Stores an upload for preview; returns the batch id. */
export async function storeStaffImport(prisma: PrismaClient, ctx: CommandContext, fileName: string, content: Buffer): Promise<string> {
  const batch = await prisma.$transaction(async (tx) => {
    const created = await tx.importBatch.create({
      data: { schoolId: ctx.actor.schoolId, userId: ctx.actor.id!, kind: 'staff', fileName, content: new Uint8Array(content) },
    });
    await recordEvent(tx, ctx, {
      action: 'import.upload',
      subject: 'ImportBatch',
      subjectId: created.id,
      after: { kind: 'staff', fileName, bytes: content.length },
    });
    return created;
  });
  return batch.id;
}

/** Applies a pending staff import in one transaction; throws (writing nothing) if any row has an error. */
export async function applyStaffImport(prisma: PrismaClient, ctx: CommandContext, batchId: string): Promise<StaffImportSummary> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(
    async (tx) => {
      // Lock the batch row so a double click cannot apply it twice.
      const locked = await tx.$queryRaw<
        Array<{ status: string }>
      >`SELECT status FROM "ImportBatch" WHERE id = ${batchId}::uuid AND "schoolId" = ${schoolId}::uuid AND kind = 'staff' FOR UPDATE`;
      if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
      if (locked[0].status !== 'pending') throw new AppError('conflict', 'import.alreadyApplied');
      const batch = await tx.importBatch.findUniqueOrThrow({ where: { id: batchId } });
      const result = await previewStaffImport(tx, schoolId, batch.content, ctx.now);
      if (staffImportHasErrors(result)) throw new AppError('unprocessable', 'import.hasErrors');
      const summary = await writeStaffImport(tx, ctx, result);
      await tx.importBatch.update({ where: { id: batchId }, data: { status: 'applied', appliedAt: ctx.now, summary: { version: 1, ...summary } } }); // JSON columns carry their format version
      await recordEvent(tx, ctx, { action: 'import.apply', subject: 'ImportBatch', subjectId: batchId, after: summary });
      return summary;
    },
    { timeout: 60_000 },
  );
}
