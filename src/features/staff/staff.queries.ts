// Scoped reads of the staff directory: every query filters by the school; rows of other schools are not found.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { foldForSearch } from '../../domain/text.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { AppError } from '../../errors.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { seesPersonalData } from './staff.policy.ts';

type Reader = Pick<CurrentUser, 'schoolId' | 'permissions'>;

/** The directory a reader may list: the school's staff, for those with directory:view. */
export function visibleStaffWhere(user: Reader): Prisma.StaffWhereInput {
  return user.permissions.has('directory:view') ? { schoolId: user.schoolId } : { id: { in: [] } };
}

/**
 * The columns of a directory row for this reader: personal data (birth date) is only selected for those who may see
 * it, so it is never loaded — not merely hidden by the template — for the others.
 */
export function staffRowSelect(user: Reader) {
  return {
    id: true,
    code: true,
    fullName: true,
    gender: true,
    position: true,
    active: true,
    contractType: true,
    birthDate: seesPersonalData(user),
    collective: { select: { id: true, name: true } },
    user: { select: { id: true, username: true } },
  } satisfies Prisma.StaffSelect;
}

export const STAFF_PAGE_SIZE = 50;

/**
 * One page of the school's staff matching a diacritic-insensitive search, sorted Vietnamese-style by given name. The
 * Vietnamese order is not a column order, so the matching names are sorted first (id and name only), then the page's
 * rows are read in full: two statements whatever the directory's size, and a page's worth of rows rendered.
 */
export async function listStaff(prisma: PrismaClient, user: Reader, f: { q: string; collectiveId: string; status: 'active' | 'left' | 'all'; page?: number }) {
  const q = foldForSearch(f.q);
  const where: Prisma.StaffWhereInput = {
    ...visibleStaffWhere(user),
    ...(f.status === 'all' ? {} : { active: f.status === 'active' }),
    ...(f.collectiveId ? { collectiveId: f.collectiveId } : {}),
    ...(q ? { OR: [{ searchName: { contains: q } }, { code: { contains: f.q.trim(), mode: 'insensitive' as const } }] } : {}),
  };
  const names = sortByVietnameseName(await prisma.staff.findMany({ where, select: { id: true, fullName: true } }), (r) => r.fullName);
  const pages = Math.max(1, Math.ceil(names.length / STAFF_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pages);
  const ids = names.slice((page - 1) * STAFF_PAGE_SIZE, page * STAFF_PAGE_SIZE).map((r) => r.id);
  const rows = await prisma.staff.findMany({ where: { ...where, id: { in: ids } }, select: staffRowSelect(user) });
  const order = new Map(ids.map((id, i) => [id, i]));
  return { rows: rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!), total: names.length, page, pages };
}

/** One staff member of the school, or 404. */
export async function findStaff(prisma: PrismaClient, schoolId: string, id: string) {
  const staff = await prisma.staff.findFirst({ where: { id, schoolId }, include: { collective: true, user: { select: { id: true, username: true } } } });
  if (!staff) throw new AppError('not_found', 'error.notFound.body');
  return staff;
}

/** The school's collectives in display order. */
export function listCollectiveOptions(prisma: PrismaClient, schoolId: string) {
  return prisma.collective.findMany({
    where: { schoolId, kind: { not: 'school' } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, kind: true },
  });
}
