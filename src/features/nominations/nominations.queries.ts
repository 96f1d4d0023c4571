// Scoped reads of the year's nominations, with names, and who decides each title under the year's rule set.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import type { AwardCode } from '../../domain/rules/index.ts';
import { sortNominees } from '../../domain/nominations/nomineeOrder.ts';
import { AppError } from '../../errors.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { verdictSnapshotSchema } from './verdictSnapshot.ts';

/** Nominations per page of the list (issue 16: paging on every list). */
export const NOMINATIONS_PAGE_SIZE = 50;

/**
 * The nominations of the school year, grouped by title (in the rule set's order), by Vietnamese name within a title
 * (nomineeOrder.ts, the dossier's order), one page of NOMINATIONS_PAGE_SIZE at a time: all of the year's nominations are
 * ordered from a narrow read (id, title, status, name), and only the page's rows are read in full with their evidence
 * and awards. `at` picks the page: a number (past the last: the last), or a nomination's id (its page).
 */
export async function nominationsOfYear(prisma: PrismaClient, schoolId: string, schoolYearId: string, at: { page?: number; focus?: string } = {}) {
  const year = await prisma.schoolYear.findFirstOrThrow({ where: { id: schoolYearId, schoolId } });
  const ruleSet = await ruleSetOn(prisma, schoolId, year.evaluationDate);
  const narrow = (
    await prisma.nomination.findMany({
      where: { schoolId, schoolYearId },
      select: { id: true, code: true, status: true, staff: { select: { fullName: true, code: true } }, collective: { select: { name: true } } },
    })
  ).map((n) => ({
    id: n.id,
    code: n.code,
    status: n.status,
    name: n.staff?.fullName ?? n.collective?.name ?? '',
    sortKey: {
      code: n.code,
      subject: n.staff ? ('individual' as const) : ('collective' as const),
      name: n.staff?.fullName ?? n.collective?.name ?? '',
      key: n.staff?.code ?? n.collective?.name ?? n.id,
    },
  }));
  // The order the dossier and the ballot papers print (nomineeOrder.ts): titles as the rule set lists them, then names.
  const ordered = sortNominees(
    narrow,
    ruleSet.titles.map((t) => t.code),
    (n) => n.sortKey,
  );
  const pages = Math.max(1, Math.ceil(ordered.length / NOMINATIONS_PAGE_SIZE));
  const focused = at.focus ? ordered.findIndex((n) => n.id === at.focus) : -1;
  const page = focused >= 0 ? Math.floor(focused / NOMINATIONS_PAGE_SIZE) + 1 : Math.min(Math.max(1, at.page ?? 1), pages);
  const shown = ordered.slice((page - 1) * NOMINATIONS_PAGE_SIZE, page * NOMINATIONS_PAGE_SIZE);
  const rows = await prisma.nomination.findMany({
    where: { schoolId, id: { in: shown.map((n) => n.id) } },
    include: { evidence: { select: { fileId: true } } },
  });
  const byId = new Map(rows.map((n) => [n.id, n]));
  const awards = await prisma.awardRecord.findMany({
    where: {
      schoolId,
      startYear: year.startYear,
      OR: [
        { staffId: { in: rows.flatMap((n) => (n.staffId ? [n.staffId] : [])) } },
        { collectiveId: { in: rows.flatMap((n) => (n.collectiveId ? [n.collectiveId] : [])) } },
      ],
    },
    select: { staffId: true, collectiveId: true, code: true, decisionNumber: true },
  });
  const files = await prisma.storedFile.findMany({
    where: { schoolId, ownerType: 'Nomination', id: { in: rows.flatMap((n) => n.evidence.map((e) => e.fileId)) } },
    select: { id: true, fileName: true, ownerId: true },
  });
  const items = shown.flatMap(({ id, name }) => {
    const n = byId.get(id);
    if (!n) return []; // removed between the two reads
    const v = verdictSnapshotSchema.safeParse(n.verdict);
    return [
      {
        id: n.id,
        code: n.code,
        kind: n.kind,
        status: n.status,
        name,
        summary: n.summary,
        justification: n.justification,
        removalReason: n.removalReason,
        verdictStatus: n.verdictStatus,
        verdictSummary: v.success ? v.data.summary : '',
        reasons: v.success ? v.data.reasons : [],
        fromRegistration: n.registrationId !== null,
        files: files.filter((f) => f.ownerId === n.id).map((f) => ({ id: f.id, fileName: f.fileName })),
        route: nominationRoute(ruleSet, n.code as AwardCode) ?? null,
        // Already holds the title or form for the year (a registration may still list it): marked, not hidden.
        awarded: awards.find((a) => a.code === n.code && (n.staffId ? a.staffId === n.staffId : a.collectiveId === n.collectiveId))?.decisionNumber ?? null,
      },
    ];
  });
  const pageCodes = [...new Set(items.map((i) => i.code))];
  return {
    startYear: year.startYear,
    ruleSetName: ruleSet.name,
    page,
    pages,
    total: ordered.length,
    // Each title's count is of the whole year (not removed), whatever page shows its rows.
    groups: pageCodes.map((code) => ({
      code,
      count: narrow.filter((n) => n.code === code && n.status !== 'removed').length,
      items: items.filter((i) => i.code === code),
    })),
  };
}

/** One nomination of the school, or 404. */
export async function findNomination(prisma: PrismaClient, schoolId: string, id: string) {
  const n = await prisma.nomination.findFirst({ where: { id, schoolId } });
  if (!n) throw new AppError('not_found', 'error.notFound.body');
  return n;
}
