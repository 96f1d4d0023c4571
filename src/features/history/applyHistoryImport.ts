// Command: write a parsed history import in one transaction (all or nothing). Records are matched by their natural
// keys, so importing the same file twice changes nothing. With dryRun the same work runs and is rolled back, so
// the preview and `history:import --dry-run` count exactly what confirming would do.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { foldForSearch } from '../../domain/text.ts';
import type { HistoryContent } from './historyTypes.ts';
import { ensureSchoolYears, writeCoverage, yearsOfHistory } from './writeHistoryYears.ts';

/** Per record type (and the school years created), what the import created, updated and left unchanged. */
export type ChangeCounts = Record<keyof HistoryContent | 'schoolYears', { created: number; updated: number; unchanged: number }>;
class DryRun extends Error {
  constructor(readonly counts: ChangeCounts) {
    super('dry run');
  }
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const same = (a: Date | null | undefined, b: string | null) => (a ? a.toISOString().slice(0, 10) : null) === b;
/** A stored decimal equals an imported number (both exact to their one or two decimals). */
const sameNumber = (a: Prisma.Decimal | null, b: number | null) => (a === null ? b === null : b !== null && a.equals(b));

/** Applies (or, with dryRun, only counts) the import; returns what was created, updated and left unchanged. */
export async function applyHistoryImport(
  prisma: PrismaClient,
  ctx: CommandContext,
  content: HistoryContent,
  opts: { dryRun?: boolean; batchId?: string } = {},
): Promise<ChangeCounts> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const counts = await writeHistory(tx, ctx, content);
        if (opts.dryRun) throw new DryRun(counts);
        await recordEvent(tx, ctx, { action: 'history.import', subject: 'ImportBatch', subjectId: opts.batchId ?? null, after: counts });
        return counts;
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof DryRun) return error.counts;
    throw error;
  }
}

/** Whether a stored staff year differs from the imported values (months worked is a decimal, compared by value). */
function changed<T extends { monthsWorked: number | null }>(existing: Omit<T, 'monthsWorked'> & { monthsWorked: Prisma.Decimal | null }, data: T): boolean {
  const { monthsWorked, ...rest } = data;
  return !sameNumber(existing.monthsWorked, monthsWorked) || Object.entries(rest).some(([k, v]) => existing[k as keyof typeof rest] !== v);
}

/** Writes the parsed content inside the caller's transaction, matching records by their natural keys. */
export async function writeHistory(tx: Prisma.TransactionClient, ctx: CommandContext, c: HistoryContent): Promise<ChangeCounts> {
  const schoolId = ctx.actor.schoolId;
  const counts = Object.fromEntries(Object.keys(c).map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as ChangeCounts;
  counts.schoolYears = await ensureSchoolYears(tx, ctx, yearsOfHistory(c));
  counts.coverage = await writeCoverage(tx, ctx, c.coverage);
  const staff = new Map((await tx.staff.findMany({ where: { schoolId }, select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const collectives = new Map(
    (await tx.collective.findMany({ where: { schoolId }, select: { id: true, name: true } })).map((x) => [foldForSearch(x.name), x.id]),
  );
  const staffId = (code: string) => staff.get(code)!;
  const collectiveId = (name: string | null) => (name ? (collectives.get(foldForSearch(name)) ?? null) : null);
  const tally = (key: keyof HistoryContent, outcome: 'created' | 'updated' | 'unchanged') => counts[key][outcome]++;

  for (const r of c.staffYears) {
    const data = {
      rating: r.rating,
      monthsWorked: r.monthsWorked,
      leaveDays: r.leaveDays,
      maternityLeaveDays: r.maternityLeaveDays,
      collectiveId: collectiveId(r.collectiveName),
      disciplineChecked: r.disciplineChecked,
    };
    const existing = await tx.staffYearRecord.findUnique({ where: { staffId_startYear: { staffId: staffId(r.staffCode), startYear: r.year } } });
    if (!existing) {
      await tx.staffYearRecord.create({ data: { ...data, schoolId, staffId: staffId(r.staffCode), startYear: r.year } });
      tally('staffYears', 'created');
    } else if (changed(existing, data)) {
      await tx.staffYearRecord.update({ where: { id: existing.id }, data });
      tally('staffYears', 'updated');
    } else tally('staffYears', 'unchanged');
  }
  for (const a of c.awards) {
    const owner = a.staffCode ? { staffId: staffId(a.staffCode), collectiveId: null } : { staffId: null, collectiveId: collectiveId(a.collectiveName) };
    const existing = await tx.awardRecord.findFirst({ where: { schoolId, ...owner, startYear: a.year, code: a.code, decisionNumber: a.decisionNumber } });
    if (!existing) {
      await tx.awardRecord.create({
        data: { schoolId, ...owner, startYear: a.year, code: a.code, decisionNumber: a.decisionNumber, decisionDate: day(a.decisionDate), issuer: a.issuer },
      });
      tally('awards', 'created');
    } else if (!same(existing.decisionDate, a.decisionDate) || existing.issuer !== a.issuer) {
      await tx.awardRecord.update({ where: { id: existing.id }, data: { decisionDate: day(a.decisionDate), issuer: a.issuer } });
      tally('awards', 'updated');
    } else tally('awards', 'unchanged');
  }
  for (const d of c.disciplines) {
    // The natural key is (person, level, decision date): a corrected school year updates the row, never duplicates it.
    const key = { staffId: staffId(d.staffCode), level: d.level, decidedOn: day(d.date) };
    const existing = await tx.disciplineRecord.findUnique({ where: { staffId_level_decidedOn: key } });
    if (!existing) {
      await tx.disciplineRecord.create({ data: { ...key, schoolId, startYear: d.year } });
      tally('disciplines', 'created');
    } else if (existing.startYear !== d.year) {
      await tx.disciplineRecord.update({ where: { id: existing.id }, data: { startYear: d.year } });
      tally('disciplines', 'updated');
    } else tally('disciplines', 'unchanged');
  }
  for (const p of c.pending) {
    const existing = await tx.pendingProceedingRecord.findFirst({ where: { schoolId, staffId: staffId(p.staffCode), kind: p.kind, fromDate: day(p.from) } });
    if (!existing) {
      await tx.pendingProceedingRecord.create({
        data: { schoolId, staffId: staffId(p.staffCode), kind: p.kind, fromDate: day(p.from), toDate: p.to ? day(p.to) : null },
      });
      tally('pending', 'created');
    } else if (!same(existing.toDate, p.to)) {
      await tx.pendingProceedingRecord.update({ where: { id: existing.id }, data: { toDate: p.to ? day(p.to) : null } });
      tally('pending', 'updated');
    } else tally('pending', 'unchanged');
  }
  for (const i of c.initiatives) {
    const existing = await tx.initiativeRecord.findUnique({
      where: { schoolId_startYear_title: { schoolId, startYear: i.year, title: i.title } },
      include: { authors: true },
    });
    const authors = i.authors.map((a) => ({ staffId: staffId(a.staffCode), sharePct: a.sharePct }));
    const data = { level: i.level, grade: i.grade, recognisedOn: i.recognisedOn ? day(i.recognisedOn) : null };
    if (!existing) {
      await tx.initiativeRecord.create({ data: { ...data, schoolId, startYear: i.year, title: i.title, authors: { create: authors } } });
      tally('initiatives', 'created');
      continue;
    }
    const authorsSame =
      existing.authors.length === authors.length &&
      authors.every((a) => existing.authors.some((e) => e.staffId === a.staffId && sameNumber(e.sharePct, a.sharePct)));
    if (existing.level === data.level && existing.grade === data.grade && same(existing.recognisedOn, i.recognisedOn) && authorsSame)
      tally('initiatives', 'unchanged');
    else {
      await tx.initiativeAuthorRecord.deleteMany({ where: { initiativeId: existing.id } });
      await tx.initiativeRecord.update({ where: { id: existing.id }, data: { ...data, authors: { create: authors } } });
      tally('initiatives', 'updated');
    }
  }
  for (const r of c.research) {
    const existing = await tx.researchRecord.findFirst({ where: { schoolId, staffId: staffId(r.staffCode), startYear: r.year, title: r.title } });
    if (!existing) {
      await tx.researchRecord.create({
        data: { schoolId, staffId: staffId(r.staffCode), startYear: r.year, title: r.title, accepted: r.accepted, applied: r.applied },
      });
      tally('research', 'created');
    } else if (existing.accepted !== r.accepted || existing.applied !== r.applied) {
      await tx.researchRecord.update({ where: { id: existing.id }, data: { accepted: r.accepted, applied: r.applied } });
      tally('research', 'updated');
    } else tally('research', 'unchanged');
  }
  for (const y of c.collectiveYears) {
    const id = collectiveId(y.collectiveName)!;
    const existing = await tx.collectiveYearRecord.findUnique({ where: { collectiveId_startYear: { collectiveId: id, startYear: y.year } } });
    if (!existing) {
      await tx.collectiveYearRecord.create({ data: { schoolId, collectiveId: id, startYear: y.year, rating: y.rating } });
      tally('collectiveYears', 'created');
    } else if (existing.rating !== y.rating) {
      await tx.collectiveYearRecord.update({ where: { id: existing.id }, data: { rating: y.rating } });
      tally('collectiveYears', 'updated');
    } else tally('collectiveYears', 'unchanged');
  }
  return counts;
}
