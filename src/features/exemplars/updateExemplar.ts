// Command: the exemplar's text and subject edited (not while it is published: what the public sees is what was
// consented to), with the changed fields in the audit row.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { checkExemplarSubject } from './checkExemplarSubject.ts';
import { whyNotEdit } from './exemplar.policy.ts';
import type { ExemplarInput } from './exemplar.schemas.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

/** Saves the edit under the exemplar's row lock. */
export async function updateExemplar(prisma: PrismaClient, ctx: CommandContext, id: string, input: ExemplarInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    recheck(whyNotEdit(MANAGER, await lockExemplar(tx, schoolId, id)));
    await checkExemplarSubject(tx, schoolId, input);
    const before = await tx.exemplar.findUniqueOrThrow({ where: { id } });
    await tx.exemplar.update({ where: { id }, data: input });
    const changed = (Object.keys(input) as Array<keyof ExemplarInput>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]));
    await recordEvent(tx, ctx, {
      action: 'exemplar.update',
      subject: 'Exemplar',
      subjectId: id,
      before: Object.fromEntries(changed.map((k) => [k, k === 'story' ? `${before.story.length} ký tự` : before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, k === 'story' ? `${input.story.length} ký tự` : input[k]])),
    });
  });
}
