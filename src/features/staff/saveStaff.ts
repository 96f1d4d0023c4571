// Command: create or update one staff member (audited). The code is unique per school (409 otherwise).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { foldForSearch } from '../../domain/text.ts';
import { AppError } from '../../errors.ts';
import type { StaffInput } from './staff.schemas.ts';

/** Creates (id undefined) or updates a staff member of the actor's school; returns its id. */
export async function saveStaff(prisma: PrismaClient, ctx: CommandContext, input: StaffInput, id?: string): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    if (input.collectiveId) {
      const collective = await tx.collective.findFirst({ where: { id: input.collectiveId, schoolId } });
      if (!collective) throw new AppError('unprocessable', 'staff.unknownCollective', { field: 'collectiveId' });
    }
    const sameCode = await tx.staff.findFirst({ where: { schoolId, code: input.code, ...(id ? { NOT: { id } } : {}) } });
    if (sameCode) throw new AppError('unprocessable', 'staff.codeTaken', { field: 'code' });
    const data = { ...input, searchName: foldForSearch(input.fullName) };
    if (!id) {
      const created = await tx.staff.create({ data: { ...data, schoolId } });
      await recordEvent(tx, ctx, { action: 'staff.create', subject: 'Staff', subjectId: created.id, after: data });
      return created.id;
    }
    const before = await tx.staff.findFirst({ where: { id, schoolId } });
    if (!before) throw new AppError('not_found', 'error.notFound.body');
    await tx.staff.update({ where: { id }, data });
    await recordEvent(tx, ctx, { action: 'staff.update', subject: 'Staff', subjectId: id, before, after: data });
    return id;
  });
}
