// Writes a parsed, error-free staff import inside the caller's transaction: collectives first (created ones get
// the next sort order), then staff (a "Tổ" naming a collective this file creates resolves to it by name), then
// leaders (a leader may be a person this file creates). One audit row per record written.
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { foldForSearch } from '../../domain/text.ts';
import type { ParseResult, StaffRowStatus } from './import/staffImportTypes.ts';

export interface StaffImportSummary extends Record<StaffRowStatus, number> {
  collectives: Record<StaffRowStatus, number>;
}

/** Applies every new/update row of `result` (which must have no errors); returns the counts. */
export async function writeStaffImport(tx: Prisma.TransactionClient, ctx: CommandContext, result: ParseResult): Promise<StaffImportSummary> {
  const schoolId = ctx.actor.schoolId;
  // One import at a time per school: two could otherwise both create the same new collective or person.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-import:${schoolId}`}))`;
  const collectiveRows = result.collectives?.rows ?? [];
  const idByName = new Map((await tx.collective.findMany({ where: { schoolId }, select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  let sortOrder = (await tx.collective.aggregate({ where: { schoolId }, _max: { sortOrder: true } }))._max.sortOrder ?? 0;
  for (const row of collectiveRows) {
    if (row.status === 'new') {
      const data = { name: row.name, kind: row.kind ?? 'grade_group', sortOrder: ++sortOrder };
      const created = await tx.collective.create({ data: { ...data, schoolId } });
      idByName.set(row.name, created.id);
      await recordEvent(tx, ctx, { action: 'collective.import.create', subject: 'Collective', subjectId: created.id, after: data });
    } else if (row.status === 'update' && row.changes.includes('kind') && row.kind) {
      const before = await tx.collective.findUniqueOrThrow({ where: { id: row.existingId } });
      await tx.collective.update({ where: { id: before.id }, data: { kind: row.kind } });
      await recordEvent(tx, ctx, { action: 'collective.import.update', subject: 'Collective', subjectId: before.id, before, after: { kind: row.kind } });
    }
  }

  const byCode = new Map((await tx.staff.findMany({ where: { schoolId } })).map((s) => [s.code, s]));
  const staffIdByCode = new Map([...byCode].map(([code, s]) => [code, s.id]));
  for (const row of result.rows) {
    if (row.status !== 'new' && row.status !== 'update') continue;
    const collectiveId = row.data.collectiveId?.startsWith('new:') ? (idByName.get(row.collectiveName ?? '') ?? null) : row.data.collectiveId;
    const data = { ...row.data, collectiveId, searchName: foldForSearch(row.data.fullName) };
    const before = byCode.get(row.data.code);
    if (row.status === 'new') {
      const created = await tx.staff.create({ data: { ...data, schoolId } });
      staffIdByCode.set(created.code, created.id);
      await recordEvent(tx, ctx, { action: 'staff.import.create', subject: 'Staff', subjectId: created.id, after: data });
    } else if (before) {
      await tx.staff.update({ where: { id: before.id }, data });
      await recordEvent(tx, ctx, { action: 'staff.import.update', subject: 'Staff', subjectId: before.id, before, after: data });
    }
  }

  for (const row of collectiveRows) {
    const leaderChanged = row.status === 'new' ? row.leaderCode !== null : row.status === 'update' && row.changes.includes('leader');
    if (!leaderChanged) continue;
    const id = idByName.get(row.name)!;
    const leaderStaffId = row.leaderCode ? (staffIdByCode.get(row.leaderCode) ?? null) : null;
    await tx.collective.update({ where: { id }, data: { leaderStaffId } });
    await recordEvent(tx, ctx, {
      action: 'collective.import.update',
      subject: 'Collective',
      subjectId: id,
      after: { leaderStaffId, leaderCode: row.leaderCode },
    });
  }
  const none = { new: 0, update: 0, unchanged: 0, error: 0 };
  return { ...result.counts, collectives: result.collectives?.counts ?? none };
}
