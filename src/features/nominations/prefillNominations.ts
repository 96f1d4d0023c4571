// Command: start the year's nomination list from the approved registrations and the engine's "đủ điều kiện"
// candidates. Existing rows (including removed ones) are kept as they are: pre-filling twice adds nothing.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { evaluateYear } from '../records/evaluateYear.ts';
import { verdictSnapshot } from './verdictSnapshot.ts';

/** Adds the missing nominations of the school year; returns how many were added. */
export async function prefillNominations(prisma: PrismaClient, ctx: CommandContext, schoolYear: { id: string; startYear: number }): Promise<number> {
  const schoolId = ctx.actor.schoolId;
  const ev = await evaluateYear(prisma, schoolId, schoolYear.startYear);
  const verdictOf = new Map(ev.verdicts.map((v) => [`${v.candidateId}:${v.title}`, v]));
  const registrations = await prisma.registration.findMany({
    where: { schoolId, schoolYearId: schoolYear.id, status: 'approved', subject: { not: 'school' } },
    include: { awards: { orderBy: { position: 'asc' } } },
  });
  const wanted = new Map<string, { staffId: string | null; collectiveId: string | null; code: string; registrationId: string | null }>();
  for (const r of registrations) {
    const candidate = r.staffId ?? r.collectiveId!;
    for (const { code } of r.awards) wanted.set(`${candidate}:${code}`, { staffId: r.staffId, collectiveId: r.collectiveId, code, registrationId: r.id });
  }
  for (const v of ev.verdicts) {
    if (v.status !== 'eligible' || v.awarded) continue;
    const key = `${v.candidateId}:${v.title}`;
    if (wanted.has(key)) continue;
    const individual = v.subject === 'individual';
    wanted.set(key, { staffId: individual ? v.candidateId : null, collectiveId: individual ? null : v.candidateId, code: v.title, registrationId: null });
  }
  const rows = [...wanted.entries()].map(([key, w]) => {
    const snap = verdictSnapshot(verdictOf.get(key));
    return {
      schoolId,
      schoolYearId: schoolYear.id,
      ...w,
      kind: 'annual' as const,
      verdict: { ...snap },
      verdictStatus: snap.status,
      createdById: ctx.actor.id,
    };
  });
  return prisma.$transaction(async (tx) => {
    const created = await tx.nomination.createMany({ data: rows, skipDuplicates: true });
    await recordEvent(tx, ctx, { action: 'nomination.prefill', subject: 'SchoolYear', subjectId: schoolYear.id, after: { added: created.count } });
    return created.count;
  });
}
