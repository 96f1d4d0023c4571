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

/** Staff of a school matching a diacritic-insensitive search, sorted Vietnamese-style by given name. */
export async function listStaff(prisma: PrismaClient, user: Reader, f: { q: string; collectiveId: string; status: 'active' | 'left' | 'all' }) {
  const q = foldForSearch(f.q);
  const rows = await prisma.staff.findMany({
    where: {
      ...visibleStaffWhere(user),
      ...(f.status === 'all' ? {} : { active: f.status === 'active' }),
      ...(f.collectiveId ? { collectiveId: f.collectiveId } : {}),
      ...(q ? { OR: [{ searchName: { contains: q } }, { code: { contains: f.q.trim(), mode: 'insensitive' as const } }] } : {}),
    },
    select: staffRowSelect(user),
  });
  return sortByVietnameseName(rows, (r) => r.fullName);
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
