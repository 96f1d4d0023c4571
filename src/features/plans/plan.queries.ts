// Scoped reads of plans and their approved versions: what a reader may see is decided in the `where`, so a plan
// hidden from them is simply not found (list, page, PDF/DOCX alike).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { readPlan } from './planContent.ts';
import { seesPlanDrafts } from './plan.policy.ts';

type Reader = Pick<CurrentUser, 'schoolId' | 'permissions'>;

/** Plans a reader may see: all of the school's for those who work on drafts, otherwise only published ones. */
export function visiblePlansWhere(user: Reader): Prisma.PlanWhereInput {
  if (!user.permissions.has('plan:view') && !seesPlanDrafts(user)) return { id: { in: [] } };
  return seesPlanDrafts(user) ? { schoolId: user.schoolId } : { schoolId: user.schoolId, versions: { some: {} } };
}

/** Approved (published) versions: every reader of plans in the school. */
export function visiblePlanVersionsWhere(user: Reader): Prisma.PlanVersionWhereInput {
  if (!user.permissions.has('plan:view') && !seesPlanDrafts(user)) return { id: { in: [] } };
  return { schoolId: user.schoolId };
}

/** The plans a reader may see, newest year first, with the latest approved version number. */
export function listPlans(prisma: PrismaClient, user: Reader) {
  return prisma.plan.findMany({
    where: visiblePlansWhere(user),
    orderBy: { year: 'desc' },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      updatedAt: true,
      versions: { select: { versionNo: true, documentSymbol: true, approvedOn: true }, orderBy: { versionNo: 'desc' }, take: 1 },
    },
  });
}

/** One plan the reader may see (JSON parsed) with its versions, or 404. */
export async function findPlan(prisma: PrismaClient, user: Reader, id: string) {
  const row = await prisma.plan.findFirst({
    where: { AND: [{ id }, visiblePlansWhere(user)] },
    include: { versions: { orderBy: { versionNo: 'desc' }, select: { id: true, versionNo: true, documentSymbol: true, approvedOn: true } } },
  });
  return readPlan(foundOr404(row));
}
