// The two parts of a history import that are about school years rather than people: the years themselves (a school
// loading its past has only the current year; the report and the coverage page work on existing years) and the
// years the file declares complete (RecordCoverage, source "import"). Both run inside the import's transaction.
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { schoolYearDates } from '../../domain/schoolYear.ts';
import type { HistoryContent } from './historyTypes.ts';

type Outcome = { created: number; updated: number; unchanged: number };

/** Every school year the file mentions, oldest first. */
export function yearsOfHistory(c: HistoryContent): number[] {
  const years = new Set<number>();
  for (const list of [c.staffYears, c.awards, c.disciplines, c.initiatives, c.research, c.collectiveYears, c.coverage]) for (const r of list) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

/** Creates the school years the file mentions and the school lacks (default dates, the school's governing body). */
export async function ensureSchoolYears(tx: Prisma.TransactionClient, ctx: CommandContext, years: number[]): Promise<Outcome> {
  const schoolId = ctx.actor.schoolId;
  const existing = new Set((await tx.schoolYear.findMany({ where: { schoolId }, select: { startYear: true } })).map((y) => y.startYear));
  const missing = years.filter((y) => !existing.has(y));
  if (missing.length) {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { governingBody: true } });
    for (const startYear of missing) {
      const created = await tx.schoolYear.create({
        data: { schoolId, startYear, ...schoolYearDates(startYear), governingBody: school.governingBody, upperCouncil: '' },
      });
      await recordEvent(tx, ctx, { action: 'schoolYear.create', subject: 'SchoolYear', subjectId: created.id, after: { startYear, source: 'history.import' } });
    }
  }
  return { created: missing.length, updated: 0, unchanged: years.length - missing.length };
}

/** Adds the declared (kind, year) pairs the school does not have yet; never removes a declaration. */
export async function writeCoverage(tx: Prisma.TransactionClient, ctx: CommandContext, coverage: HistoryContent['coverage']): Promise<Outcome> {
  const schoolId = ctx.actor.schoolId;
  const pairs = coverage.flatMap((c) => c.kinds.map((kind) => ({ kind, startYear: c.year })));
  if (!pairs.length) return { created: 0, updated: 0, unchanged: 0 };
  // The coverage page replaces the declaration under this lock; taking it too keeps the two from interleaving.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`coverage:${schoolId}`}))`;
  const held = new Set(
    (await tx.recordCoverage.findMany({ where: { schoolId }, select: { kind: true, startYear: true } })).map((r) => `${r.kind}:${r.startYear}`),
  );
  const added = pairs.filter((p) => !held.has(`${p.kind}:${p.startYear}`));
  if (added.length) {
    await tx.recordCoverage.createMany({ data: added.map((p) => ({ ...p, schoolId, source: 'import', declaredBy: ctx.actor.id ?? null })) });
    await recordEvent(tx, ctx, { action: 'records.coverage.declare', subject: 'RecordCoverage', subjectId: schoolId, after: { added, source: 'import' } });
  }
  return { created: added.length, updated: 0, unchanged: pairs.length - added.length };
}
