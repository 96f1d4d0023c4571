// Uploaded import batches (staff directory, history) hold whole spreadsheets of personal data: a batch is visible
// in its uploader's school, to those holding the permission of its kind — the same people who may upload one.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

export const IMPORT_KINDS = { staff: 'directory:import', history: 'history:import' } as const satisfies Record<string, Permission>;
export type ImportKind = keyof typeof IMPORT_KINDS;

/** Batches of `kind` the reader may preview or confirm. */
export function visibleImportBatchesWhere(user: Pick<CurrentUser, 'schoolId' | 'permissions'>, kind: ImportKind): Prisma.ImportBatchWhereInput {
  return user.permissions.has(IMPORT_KINDS[kind]) ? { schoolId: user.schoolId, kind } : { id: { in: [] } };
}
