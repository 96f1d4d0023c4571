// Lists: the viewer's own initiatives, those they review, the year's for the organisers; similar earlier initiatives
// (pg_trgm over a diacritic-folded text kept by a trigger, so "sang kien" finds "sáng kiến"); staff to pick authors.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { manages } from './initiative.policy.ts';
import type { ListedStatus } from './initiative.schemas.ts';

const row = { id: true, title: true, field: true, status: true, startYear: true, grade: true, submittedAt: true } as const;

/** The organisers' list of the year is paged: a page holds this many initiatives. */
export const INITIATIVE_PAGE_SIZE = 50;

/** What the /initiatives page lists for this viewer in the school year (the organisers' list: one page, filtered). */
export async function listInitiatives(prisma: PrismaClient, u: CurrentUser, schoolYearId: string, f: { page: number; status?: ListedStatus } = { page: 1 }) {
  const mine = u.staffId
    ? await prisma.initiativeRecord.findMany({
        where: { schoolId: u.schoolId, authors: { some: { staffId: u.staffId } } },
        select: row,
        orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
      })
    : [];
  const toReview = u.staffId
    ? await prisma.initiativeRecord.findMany({
        where: { schoolId: u.schoolId, schoolYearId, reviews: { some: { reviewerStaffId: u.staffId } }, status: { in: ['under_review', 'scored'] } },
        select: {
          ...row,
          scores: { where: { reviewerStaffId: u.staffId }, select: { version: true } },
          recusals: { where: { staffId: u.staffId }, select: { id: true } },
        },
        orderBy: { title: 'asc' },
      })
    : [];
  const allWhere = { schoolId: u.schoolId, schoolYearId, status: f.status ?? { not: 'draft' as const } };
  const [all, total] = manages(u)
    ? await Promise.all([
        prisma.initiativeRecord.findMany({
          where: allWhere,
          select: { ...row, _count: { select: { reviews: true } } },
          orderBy: [{ title: 'asc' }, { id: 'asc' }],
          skip: (f.page - 1) * INITIATIVE_PAGE_SIZE,
          take: INITIATIVE_PAGE_SIZE,
        }),
        prisma.initiativeRecord.count({ where: allWhere }),
      ])
    : [[], 0];
  return { mine, toReview, all, page: f.page, pages: Math.max(1, Math.ceil(total / INITIATIVE_PAGE_SIZE)), total };
}

export interface SimilarInitiative {
  id: string;
  title: string;
  startYear: number;
  grade: string | null;
  similarity: number;
}

/** Up to 5 other initiatives of the school, submitted or recognised, whose folded text is similar (pg_trgm). */
export async function similarInitiatives(prisma: PrismaClient, schoolId: string, id: string): Promise<SimilarInitiative[]> {
  return prisma.$queryRaw<SimilarInitiative[]>`
    SELECT o.id, o.title, o."startYear", o.grade, round(similarity(o."searchText", i."searchText")::numeric, 2)::float AS similarity
    FROM "InitiativeRecord" i JOIN "InitiativeRecord" o ON o."schoolId" = i."schoolId" AND o.id <> i.id
    WHERE i.id = ${id}::uuid AND i."schoolId" = ${schoolId}::uuid AND o.status NOT IN ('draft', 'withdrawn')
      AND (o."searchText" % i."searchText" OR word_similarity(o."searchTitle", i."searchText") > 0.5)
    ORDER BY similarity(o."searchText", i."searchText") DESC, o."startYear" DESC
    LIMIT 5`;
}

/** Active staff to choose co-authors from, in Vietnamese name order. */
export async function staffChoices(prisma: PrismaClient, schoolId: string) {
  const staff = await prisma.staff.findMany({ where: { schoolId, active: true }, select: { id: true, fullName: true, code: true } });
  return sortByVietnameseName(staff, (s) => s.fullName);
}
