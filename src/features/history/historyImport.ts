// Parsing a history file against the school's directory, and storing an upload for preview.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import type { ParseLimits } from '../imports/parseLimits.ts';
import { parseUploadSafely } from '../imports/parseUploadSafely.ts';
import { historyFileFailure } from './import/historyResult.ts';

/** Parses a history file (XLSX or CSV) against the school's staff codes and collective names, off the request thread. */
export async function parseHistoryForSchool(
  prisma: PrismaClient | Prisma.TransactionClient,
  schoolId: string,
  content: Uint8Array,
  fileName: string,
  limits?: ParseLimits,
) {
  const [staff, collectives] = await Promise.all([
    prisma.staff.findMany({ where: { schoolId }, select: { code: true } }),
    prisma.collective.findMany({ where: { schoolId }, select: { name: true } }),
  ]);
  const context = { staffCodes: staff.map((s) => s.code), collectiveNames: collectives.map((c) => c.name) };
  const parsed = await parseUploadSafely({ kind: 'history', bytes: content, fileName, context }, limits);
  return parsed.ok ? parsed.result : historyFileFailure(parsed.message);
}

/** Stores an uploaded history file for preview; returns the batch id. */
export async function storeHistoryUpload(prisma: PrismaClient, ctx: CommandContext, fileName: string, content: Buffer): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: { schoolId: ctx.actor.schoolId, userId: ctx.actor.id!, kind: 'history', fileName, content: new Uint8Array(content) },
    });
    await recordEvent(tx, ctx, {
      action: 'import.upload',
      subject: 'ImportBatch',
      subjectId: batch.id,
      after: { kind: 'history', fileName, bytes: content.length },
    });
    return batch.id;
  });
}
