// Command: create or update a collective (name unique per school; the leader must be staff of the school).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

/** Creates (no id) or updates a collective; returns its id. */
export async function saveCollective(
  prisma: PrismaClient,
  ctx: CommandContext,
  input: { name: string; kind: 'grade_group' | 'office' | 'school'; leaderStaffId: string | null },
  id?: string,
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    if (await tx.collective.findFirst({ where: { schoolId, name: input.name, ...(id ? { NOT: { id } } : {}) } })) {
      throw new AppError('unprocessable', 'collectives.nameTaken', { field: 'name' });
    }
    if (input.leaderStaffId && !(await tx.staff.findFirst({ where: { id: input.leaderStaffId, schoolId } }))) {
      throw new AppError('unprocessable', 'form.choose', { field: 'leaderStaffId' });
    }
    if (!id) {
      const max = await tx.collective.aggregate({ where: { schoolId }, _max: { sortOrder: true } });
      const created = await tx.collective.create({ data: { ...input, schoolId, sortOrder: (max._max.sortOrder ?? 0) + 1 } });
      await recordEvent(tx, ctx, { action: 'collective.create', subject: 'Collective', subjectId: created.id, after: input });
      return created.id;
    }
    const before = await tx.collective.findFirst({ where: { id, schoolId } });
    if (!before) throw new AppError('not_found', 'error.notFound.body');
    await tx.collective.update({ where: { id }, data: input });
    await recordEvent(tx, ctx, { action: 'collective.update', subject: 'Collective', subjectId: id, before, after: input });
    return id;
  });
}
