// Scoped reads of contests and entries. Contests: every staff member sees those that left the draft; organisers
// (contest:manage) see all. Entries: organisers see all; everyone else sees their own entry, and the others' only
// once the contest's results are published (never a withdrawn one). Files of entries follow the same rule (/files/:id).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';
import { foundOr404 } from '../../http/refusals.ts';

type Reader = { schoolId: string; permissions: Set<Permission>; staffId?: string | null };

/** The contests the reader may see. */
export function visibleContestsWhere(u: Reader): Prisma.ContestWhereInput {
  return u.permissions.has('contest:manage') ? { schoolId: u.schoolId } : { schoolId: u.schoolId, state: { not: 'draft' } };
}

/** The entries the reader may see. */
export function visibleContestEntriesWhere(u: Reader): Prisma.ContestEntryWhereInput {
  if (u.permissions.has('contest:manage')) return { schoolId: u.schoolId };
  const published: Prisma.ContestEntryWhereInput = { withdrawnAt: null, contest: { state: 'published' } };
  return { schoolId: u.schoolId, OR: u.staffId ? [{ authorStaffId: u.staffId }, published] : [published] };
}

/** The visible contests of a school year with their entry counts (live and scored), newest first. */
export async function listContests(prisma: PrismaClient, u: Reader, schoolYearId: string) {
  const rows = await prisma.contest.findMany({
    where: { AND: [visibleContestsWhere(u), { schoolYearId }] },
    select: { id: true, title: true, state: true, opensOn: true, closesOn: true },
    orderBy: [{ opensOn: 'desc' }, { createdAt: 'desc' }],
  });
  const counts = rows.length
    ? await prisma.contestEntry.groupBy({ by: ['contestId'], where: { contestId: { in: rows.map((r) => r.id) }, withdrawnAt: null }, _count: { _all: true } })
    : [];
  return rows.map((r) => ({ ...r, entries: counts.find((c) => c.contestId === r.id)?._count._all ?? 0 }));
}

/** One visible contest with its year, or 404. */
export async function findContest(prisma: PrismaClient, u: Reader, id: string) {
  return foundOr404(
    await prisma.contest.findFirst({
      where: { AND: [{ id }, visibleContestsWhere(u)] },
      include: { schoolYear: { select: { startYear: true } }, publishedBy: { select: { displayName: true } } },
    }),
  );
}
export type ContestDetail = Awaited<ReturnType<typeof findContest>>;

const entrySelect = {
  id: true,
  contestId: true,
  authorStaffId: true,
  coAuthors: true,
  title: true,
  exemplarId: true,
  subjectName: true,
  body: true,
  submittedAt: true,
  updatedAt: true,
  withdrawnAt: true,
  score: true,
  prize: true,
  judgeComment: true,
  author: { select: { fullName: true, collective: { select: { name: true } } } },
  exemplar: { select: { title: true } },
} satisfies Prisma.ContestEntrySelect;
export type EntryRow = Prisma.ContestEntryGetPayload<{ select: typeof entrySelect }>;

/** The visible entries of a contest with their file (if any). */
export async function listEntries(prisma: PrismaClient, u: Reader, contestId: string) {
  const rows = await prisma.contestEntry.findMany({
    where: { AND: [{ contestId }, visibleContestEntriesWhere(u)] },
    select: entrySelect,
    orderBy: { submittedAt: 'asc' },
  });
  return withFiles(prisma, u.schoolId, rows);
}

/** One visible entry of the contest with its file, or 404. */
export async function findEntry(prisma: PrismaClient, u: Reader, contestId: string, entryId: string) {
  const row = foundOr404(
    await prisma.contestEntry.findFirst({ where: { AND: [{ id: entryId, contestId }, visibleContestEntriesWhere(u)] }, select: entrySelect }),
  );
  return (await withFiles(prisma, u.schoolId, [row]))[0]!;
}
export type EntryDetail = Awaited<ReturnType<typeof findEntry>>;

async function withFiles(prisma: PrismaClient, schoolId: string, rows: EntryRow[]) {
  const files = rows.length
    ? await prisma.storedFile.findMany({
        where: { schoolId, ownerType: 'ContestEntry', ownerId: { in: rows.map((r) => r.id) } },
        select: { id: true, ownerId: true, fileName: true },
        orderBy: { createdAt: 'desc' },
      })
    : [];
  return rows.map((r) => ({ ...r, file: files.find((f) => f.ownerId === r.id) ?? null }));
}

/** The author's own entry of the contest (withdrawn or not), or null. */
export function findOwnEntry(prisma: PrismaClient, schoolId: string, contestId: string, staffId: string | null | undefined) {
  if (!staffId) return Promise.resolve(null);
  return prisma.contestEntry.findFirst({
    where: { schoolId, contestId, authorStaffId: staffId },
    select: { id: true, authorStaffId: true, withdrawnAt: true },
  });
}

/** Live and unscored entry counts of a contest (what publishing needs). */
export async function entryCounts(db: Pick<PrismaClient, 'contestEntry'>, contestId: string): Promise<{ live: number; unscored: number }> {
  const [live, unscored] = await Promise.all([
    db.contestEntry.count({ where: { contestId, withdrawnAt: null } }),
    db.contestEntry.count({ where: { contestId, withdrawnAt: null, score: null } }),
  ]);
  return { live, unscored };
}

/** The school's years (newest first) and its published exemplars: the choices of the forms and filters. */
export async function contestChoices(prisma: PrismaClient, schoolId: string) {
  const [years, exemplars] = await Promise.all([
    prisma.schoolYear.findMany({ where: { schoolId }, select: { id: true, startYear: true }, orderBy: { startYear: 'desc' } }),
    prisma.exemplar.findMany({ where: { schoolId, status: 'published' }, select: { id: true, title: true }, orderBy: { publishedAt: 'desc' }, take: 300 }),
  ]);
  return { years, exemplars };
}

/** The register's subject of a contest's results notice (IssuedDocument.subject; subjectId = the contest). */
export const RESULTS_NOTICE_SUBJECT = 'Contest';

/** Where the register keeps the contest's results notice (a TB issued at publication). */
export function resultsNoticeWhere(schoolId: string, contestId: string): Prisma.IssuedDocumentWhereInput {
  return { schoolId, subject: RESULTS_NOTICE_SUBJECT, subjectId: contestId, type: 'TB' };
}

/** The contest's results notice (number and day), or null: not published, or published before notices existed. */
export function findResultsNotice(prisma: Pick<PrismaClient, 'issuedDocument'>, schoolId: string, contestId: string) {
  return prisma.issuedDocument.findFirst({ where: resultsNoticeWhere(schoolId, contestId), select: { id: true, symbol: true, issuedOn: true } });
}

/** The contest's results notice with the snapshot its files are drawn from, or null. */
export function findResultsNoticeSnapshot(prisma: Pick<PrismaClient, 'issuedDocument'>, schoolId: string, contestId: string) {
  return prisma.issuedDocument.findFirst({ where: resultsNoticeWhere(schoolId, contestId), select: { id: true, snapshot: true } });
}
