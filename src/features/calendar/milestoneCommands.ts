// Milestone commands, audited.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

export interface MilestoneInput {
  kind: 'registration_window' | 'supplementary_window' | 'semester_review' | 'initiative_deadline' | 'council_meeting' | 'dossier_deadline' | 'other';
  title: string;
  startsOn: Date | null;
  dueOn: Date;
  ownerRole: string;
}

/** Creates (no id) or updates a milestone in a school year of the actor's school. */
export async function saveMilestone(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: MilestoneInput, id?: string) {
  return prisma.$transaction(async (tx) => {
    const before = id ? await tx.milestone.findFirst({ where: { id, schoolId: ctx.actor.schoolId } }) : null;
    if (id && !before) throw new AppError('not_found', 'error.notFound.body');
    const row = id
      ? await tx.milestone.update({ where: { id }, data: input })
      : await tx.milestone.create({ data: { ...input, schoolId: ctx.actor.schoolId, schoolYearId } });
    await recordEvent(tx, ctx, { action: id ? 'milestone.update' : 'milestone.create', subject: 'Milestone', subjectId: row.id, before, after: input });
    return row.id;
  });
}

/** Marks a milestone done (no more reminders). */
export async function markMilestoneDone(prisma: PrismaClient, ctx: CommandContext, id: string) {
  await prisma.$transaction(async (tx) => {
    const m = await tx.milestone.findFirst({ where: { id, schoolId: ctx.actor.schoolId } });
    if (!m) throw new AppError('not_found', 'error.notFound.body');
    if (m.doneAt) return;
    await tx.milestone.update({ where: { id }, data: { doneAt: ctx.now } });
    await recordEvent(tx, ctx, { action: 'milestone.done', subject: 'Milestone', subjectId: id });
  });
}
