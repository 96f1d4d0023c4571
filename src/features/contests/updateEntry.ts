// Command: the author's entry edited (text, subject, and optionally a new file), re-checked under the contest's and
// the entry's row locks: only the author, only while entries are accepted.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { whyNotEditEntry } from './contest.policy.ts';
import type { EntryInput } from './contest.schemas.ts';
import { checkEntryExemplar, checkEntryFile, replaceEntryFile, type EntryUpload } from './entryFile.ts';
import { entrant, lockContest, lockEntry, recheck } from './lockContest.ts';

/** Saves the author's changes to the entry. */
export async function updateEntry(
  prisma: PrismaClient,
  ctx: CommandContext,
  ids: { contestId: string; entryId: string },
  authorStaffId: string,
  input: EntryInput,
  file: EntryUpload | null,
): Promise<void> {
  checkEntryFile(file);
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, schoolId, ids.contestId);
    const e = await lockEntry(tx, schoolId, ids.contestId, ids.entryId);
    recheck(whyNotEditEntry(entrant(authorStaffId), c, e, ctx.now));
    await checkEntryExemplar(tx, schoolId, input.exemplarId);
    const before = await tx.contestEntry.findUniqueOrThrow({
      where: { id: e.id },
      select: { title: true, coAuthors: true, subjectName: true, exemplarId: true },
    });
    await tx.contestEntry.update({ where: { id: e.id }, data: input });
    const hasFile = await replaceEntryFile(tx, schoolId, e.id, file, ctx.actor.id);
    if (!input.body && !hasFile) throw new AppError('unprocessable', 'contests.form.textOrFile', { field: 'body' });
    await recordEvent(tx, ctx, {
      action: 'contest.entry.update',
      subject: 'ContestEntry',
      subjectId: e.id,
      before,
      after: { title: input.title, coAuthors: input.coAuthors, subjectName: input.subjectName, exemplarId: input.exemplarId, file: file?.fileName },
    });
  });
}
