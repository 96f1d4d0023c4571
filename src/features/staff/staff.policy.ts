// Who reads what of the directory. Everyone with directory:view sees names, positions and collectives; personal
// data (birth dates) only those who manage the directory or read every record; the export (all personal fields,
// the import format) only importers who also see personal data. Pure.
import type { Permission } from '../../domain/permissions.ts';
import { forbidden, type Refusal } from '../../domain/refusal.ts';

type Who = { permissions: Set<Permission> };

/** Birth dates and other personal fields: directory managers and readers of every record. */
export function seesPersonalData(user: Who): boolean {
  return user.permissions.has('directory:manage') || user.permissions.has('records:view-all');
}

/** The directory export (personal data in the import format). */
export function whyNotExport(user: Who): Refusal | null {
  return user.permissions.has('directory:import') && seesPersonalData(user) ? null : forbidden();
}
