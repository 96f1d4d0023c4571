// Command: a staff member's entry submitted. Under the contest's row lock the state and the window (Vietnam's day)
// are re-checked, so an entry cannot land after the close; one entry per author and contest (unique key): a
// withdrawn entry is resubmitted in place. The entry needs its text or a file.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { whyNotSubmit } from './contest.policy.ts';
import type { EntryInput } from './contest.schemas.ts';
import { checkEntryExemplar, checkEntryFile, replaceEntryFile, type EntryUpload } from './entryFile.ts';
import { entrant, lockContest, recheck } from './lockContest.ts';

/** Submits (or resubmits) the author's entry; returns its id. */
export async function submitEntry(
  prisma: PrismaClient,
  ctx: CommandContext,
  contestId: string,
  authorStaffId: string,
  input: EntryInput,
  file: EntryUpload | null,
): Promise<string> {
  checkEntryFile(file);
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, schoolId, contestId);
    const own = await tx.contestEntry.findFirst({ where: { contestId, authorStaffId }, select: { id: true, authorStaffId: true, withdrawnAt: true } });
    recheck(whyNotSubmit(entrant(authorStaffId), c, ctx.now, own));
    await checkEntryExemplar(tx, schoolId, input.exemplarId);
    const data = { ...input, submittedAt: ctx.now, withdrawnAt: null };
    const id = own
      ? (await tx.contestEntry.update({ where: { id: own.id }, data, select: { id: true } })).id
      : (await tx.contestEntry.create({ data: { schoolId, contestId, authorStaffId, ...data }, select: { id: true } })).id;
    if (own) await tx.storedFile.deleteMany({ where: { schoolId, ownerType: 'ContestEntry', ownerId: id } }); // a resubmission starts afresh
    const hasFile = await replaceEntryFile(tx, schoolId, id, file, ctx.actor.id);
    if (!input.body && !hasFile) throw new AppError('unprocessable', 'contests.form.textOrFile', { field: 'body' });
    await recordEvent(tx, ctx, {
      action: own ? 'contest.entry.resubmit' : 'contest.entry.submit',
      subject: 'ContestEntry',
      subjectId: id,
      after: { title: input.title, contestId, file: file?.fileName ?? null },
    });
    return id;
  });
}
