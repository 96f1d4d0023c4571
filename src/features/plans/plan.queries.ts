// Scoped reads of plans and their approved versions.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { readPlan } from './planContent.ts';

/** Every plan of the school, newest year first, with its latest approved version number. */
export function listPlans(prisma: PrismaClient, schoolId: string) {
  return prisma.plan.findMany({
    where: { schoolId },
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

/** One plan of the school (JSON parsed) with its versions, or 404. */
export async function findPlan(prisma: PrismaClient, schoolId: string, id: string) {
  const row = await prisma.plan.findFirst({
    where: { id, schoolId },
    include: { versions: { orderBy: { versionNo: 'desc' }, select: { id: true, versionNo: true, documentSymbol: true, approvedOn: true } } },
  });
  if (!row) throw new AppError('not_found', 'error.notFound.body');
  return readPlan(row);
}

/** The latest approved version of the school's plan for a calendar year, or null. */
export async function publishedPlan(prisma: PrismaClient, schoolId: string, year: number) {
  return prisma.planVersion.findFirst({
    where: { schoolId, plan: { year } },
    orderBy: { versionNo: 'desc' },
    select: { id: true, versionNo: true, documentSymbol: true, approvedOn: true, planId: true, snapshot: true },
  });
}
