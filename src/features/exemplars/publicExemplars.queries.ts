// The reads of the school's public page (no login). What is public is decided here, in the where clause, and
// nowhere else: an exemplar is public only when it is published AND its consent is recorded and not withdrawn (the
// database's CHECK already ties the two; the page checks again so a future status cannot leak one). Decisions are
// public only once issued: the numbered quyết định khen thưởng of an approved meeting, with the names and titles of
// its awardees and nothing else about them.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { vi } from '../../i18n/vi.ts';

/** The public exemplars of a school. */
export function publicExemplarsWhere(schoolId: string): Prisma.ExemplarWhereInput {
  return { schoolId, status: 'published', consentBy: { not: null }, consentWithdrawnAt: null, publishedAt: { not: null } };
}

/** The school of a public address, by its code, or 404. */
export async function findPublicSchool(prisma: PrismaClient, code: string) {
  return foundOr404(await prisma.school.findUnique({ where: { code }, select: { id: true, code: true, name: true } }));
}

const publicSelect = {
  id: true,
  kind: true,
  title: true,
  story: true,
  deedOn: true,
  subjectName: true,
  publishedAt: true,
  staff: { select: { fullName: true } },
  collective: { select: { name: true } },
  schoolYear: { select: { startYear: true } },
} satisfies Prisma.ExemplarSelect;
export type PublicExemplarRow = Prisma.ExemplarGetPayload<{ select: typeof publicSelect }>;

/** The school's public exemplars with their photo ids, newest publication first. */
export async function listPublicExemplars(prisma: PrismaClient, schoolId: string) {
  const rows = await prisma.exemplar.findMany({ where: publicExemplarsWhere(schoolId), select: publicSelect, orderBy: { publishedAt: 'desc' }, take: 200 });
  return withPhotos(prisma, schoolId, rows);
}

/** One public exemplar of the school with its photo ids, or 404 (a draft, an unconsented or a withdrawn one too). */
export async function findPublicExemplar(prisma: PrismaClient, schoolId: string, id: string) {
  const row = foundOr404(await prisma.exemplar.findFirst({ where: { AND: [{ id }, publicExemplarsWhere(schoolId)] }, select: publicSelect }));
  return (await withPhotos(prisma, schoolId, [row]))[0]!;
}

async function withPhotos(prisma: PrismaClient, schoolId: string, rows: PublicExemplarRow[]) {
  const files = rows.length
    ? await prisma.storedFile.findMany({
        where: { schoolId, ownerType: 'Exemplar', ownerId: { in: rows.map((r) => r.id) } },
        select: { id: true, ownerId: true },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  return rows.map((r) => ({ ...r, photoIds: files.filter((f) => f.ownerId === r.id).map((f) => f.id) }));
}

/** A photo of a public exemplar of the school (bytes and type), or 404 — the same answer for any other file. */
export async function findPublicPhoto(prisma: PrismaClient, schoolId: string, fileId: string) {
  const file = foundOr404(
    await prisma.storedFile.findFirst({
      where: { id: fileId, schoolId, ownerType: 'Exemplar', mimeType: { in: ['image/jpeg', 'image/png', 'image/webp'] } },
      select: { ownerId: true, mimeType: true, content: true },
    }),
  );
  foundOr404(await prisma.exemplar.findFirst({ where: { AND: [{ id: file.ownerId }, publicExemplarsWhere(schoolId)] }, select: { id: true } }));
  return file;
}

/** One awardee of a public decision: a name and a title, nothing else. */
export interface PublicAwardee {
  name: string;
  title: string;
}
export interface PublicDecision {
  symbol: string;
  issuedOn: Date;
  title: string;
  startYear: number;
  awardees: PublicAwardee[];
}

const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

interface FrozenItem {
  name?: unknown;
  code?: unknown;
  passed?: unknown;
  withinQuota?: unknown;
  outcome?: unknown;
}

/**
 * The school's issued award decisions (quyết định khen thưởng, numbered in the register when the chair approved a
 * meeting's list where the school decides), newest first, each with the names and titles the decision awards: the
 * approved items of the frozen list whose outcome is the school's own decision.
 */
export async function listPublicDecisions(prisma: PrismaClient, schoolId: string): Promise<PublicDecision[]> {
  const docs = await prisma.issuedDocument.findMany({
    where: { schoolId, type: 'QĐ', subject: 'Meeting', subjectId: { not: null } },
    select: { symbol: true, issuedOn: true, title: true, subjectId: true },
    orderBy: [{ issuedOn: 'desc' }, { number: 'desc' }],
    take: 50,
  });
  if (!docs.length) return [];
  const meetings = await prisma.meeting.findMany({
    where: { schoolId, id: { in: docs.map((d) => d.subjectId!) } },
    select: { id: true, schoolYear: { select: { startYear: true } }, approval: { select: { list: true } } },
  });
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return docs.flatMap((d) => {
    const meeting = byId.get(d.subjectId!);
    if (!meeting?.approval) return [];
    const items = ((meeting.approval.list as { items?: FrozenItem[] } | null)?.items ?? []).filter(
      (i) => i.passed === true && i.withinQuota === true && i.outcome === 'decision' && typeof i.name === 'string',
    );
    return [
      {
        symbol: d.symbol,
        issuedOn: d.issuedOn,
        title: d.title,
        startYear: meeting.schoolYear.startYear,
        awardees: items.map((i) => ({ name: String(i.name), title: AWARD(String(i.code)) })),
      },
    ];
  });
}
