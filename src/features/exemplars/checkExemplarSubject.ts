// The subject of an exemplar must belong to the school: a staff member or collective of another school (or a
// forged id) is refused beside its field, before the composite foreign key would refuse it less readably.
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import type { ExemplarInput } from './exemplar.schemas.ts';

/** Throws a 422 for the field whose staff member, collective or school year is not the school's. */
export async function checkExemplarSubject(tx: Prisma.TransactionClient, schoolId: string, input: ExemplarInput): Promise<void> {
  if (input.staffId && (await tx.staff.count({ where: { id: input.staffId, schoolId } })) === 0)
    throw new AppError('unprocessable', 'exemplars.form.chooseStaff', { field: 'staffId' });
  if (input.collectiveId && (await tx.collective.count({ where: { id: input.collectiveId, schoolId } })) === 0)
    throw new AppError('unprocessable', 'exemplars.form.chooseCollective', { field: 'collectiveId' });
}
