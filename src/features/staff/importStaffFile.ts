// Command used by `npm run staff:import`: a staff file (and its collectives sheet) applied straight from the command
// line, with no upload batch. The file is parsed again inside the transaction, against the directory as it is then,
// and written with its audit rows all together, or nothing is written.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import type { ParseLimits } from '../imports/parseLimits.ts';
import { previewStaffImport, staffImportHasErrors } from './staffImport.ts';
import { writeStaffImport, type StaffImportSummary } from './writeStaffImport.ts';

/** Imports `content` in one transaction; throws AppError 'unprocessable' (writing nothing) when any row is bad. */
export async function importStaffFile(
  prisma: PrismaClient,
  ctx: CommandContext,
  file: { name: string; content: Uint8Array },
  limits?: ParseLimits,
): Promise<StaffImportSummary> {
  return prisma.$transaction(
    async (tx) => {
      const result = await previewStaffImport(tx, ctx.actor.schoolId, file.content, ctx.now, limits);
      if (staffImportHasErrors(result)) throw new AppError('unprocessable', 'import.hasErrors');
      const summary = await writeStaffImport(tx, ctx, result);
      await recordEvent(tx, ctx, {
        action: 'import.apply',
        subject: 'ImportBatch',
        subjectId: null,
        after: { kind: 'staff', source: 'cli', fileName: file.name, ...summary },
      });
      return summary;
    },
    { timeout: 10 * 60_000 },
  );
}
