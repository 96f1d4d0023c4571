// Scoped reads of exemplars. Signed in: the school's exemplars, all of them for those who manage, only the published
// ones for everyone else (a draft is simply not found). The public reads live in publicExemplars.queries.ts.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { foundOr404 } from '../../http/refusals.ts';

type Reader = { schoolId: string; permissions: Set<Permission> };

/** The exemplars the reader may see. */
export function visibleExemplarsWhere(u: Reader): Prisma.ExemplarWhereInput {
  return u.permissions.has('exemplar:manage') ? { schoolId: u.schoolId } : { schoolId: u.schoolId, status: 'published' };
}

const listSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  deedOn: true,
  subjectName: true,
  consentBy: true,
  consentWithdrawnAt: true,
  staff: { select: { fullName: true } },
  collective: { select: { name: true } },
} satisfies Prisma.ExemplarSelect;
export type ExemplarListRow = Prisma.ExemplarGetPayload<{ select: typeof listSelect }>;

/** The visible exemplars of a school year, newest deed first, with the optional kind and status filters. */
export function listExemplars(
  prisma: PrismaClient,
  u: Reader,
  f: { schoolYearId: string; kind?: 'dien_hinh_tien_tien' | 'nguoi_tot_viec_tot'; status?: 'draft' | 'published' | 'withdrawn' },
): Promise<ExemplarListRow[]> {
  return prisma.exemplar.findMany({
    where: { AND: [visibleExemplarsWhere(u), { schoolYearId: f.schoolYearId }, f.kind ? { kind: f.kind } : {}, f.status ? { status: f.status } : {}] },
    select: listSelect,
    orderBy: [{ deedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
  });
}

/** One visible exemplar with its subject, year, publisher and photos, or 404. */
export async function findExemplar(prisma: PrismaClient, u: Reader, id: string) {
  const row = foundOr404(
    await prisma.exemplar.findFirst({
      where: { AND: [{ id }, visibleExemplarsWhere(u)] },
      include: {
        staff: { select: { fullName: true } },
        collective: { select: { name: true } },
        schoolYear: { select: { startYear: true } },
        publishedBy: { select: { displayName: true } },
      },
    }),
  );
  const photos = await prisma.storedFile.findMany({
    where: { schoolId: row.schoolId, ownerType: 'Exemplar', ownerId: row.id },
    select: { id: true, fileName: true },
    orderBy: { createdAt: 'asc' },
  });
  return { ...row, photos };
}
export type ExemplarDetail = Awaited<ReturnType<typeof findExemplar>>;

/** The school's years (newest first), active staff and collectives: the form's and the filters' choices. */
export async function exemplarChoices(prisma: PrismaClient, schoolId: string) {
  const [years, staff, collectives] = await Promise.all([
    prisma.schoolYear.findMany({ where: { schoolId }, select: { id: true, startYear: true }, orderBy: { startYear: 'desc' } }),
    prisma.staff.findMany({ where: { schoolId, active: true }, select: { id: true, fullName: true } }),
    prisma.collective.findMany({ where: { schoolId }, select: { id: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
  ]);
  return { years, staff: sortByVietnameseName(staff, (s) => s.fullName), collectives };
}
