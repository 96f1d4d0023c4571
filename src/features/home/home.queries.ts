// What the home page reads: the published plan of the year, launched movements, milestones due soon.
import { vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { dueWithin } from '../../domain/deadlines.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { visibleMovementsWhere } from '../movements/movement.queries.ts';
import { visiblePlanVersionsWhere } from '../plans/plan.queries.ts';

/** Home page data for a user at `now`. */
export async function loadHome(prisma: PrismaClient, user: CurrentUser, now: Date) {
  const schoolId = user.schoolId;
  const [school, plan, movements, milestones] = await Promise.all([
    prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } }),
    prisma.planVersion.findFirst({
      where: { AND: [visiblePlanVersionsWhere(user), { plan: { year: { lte: vietnamYear(now) } } }] },
      orderBy: [{ plan: { year: 'desc' } }, { versionNo: 'desc' }],
      select: { planId: true, versionNo: true, documentSymbol: true, approvedOn: true, snapshot: true, plan: { select: { year: true } } },
    }),
    prisma.movement.findMany({
      where: { AND: [visibleMovementsWhere(user), { status: { in: ['launched', 'midterm_reviewed'] } }] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, launchLevel: true, status: true },
    }),
    user.schoolYear ? prisma.milestone.findMany({ where: { schoolId, schoolYearId: user.schoolYear.id, doneAt: null } }) : Promise.resolve([]),
  ]);
  return { school, plan, movements, due: dueWithin(milestones, now, 14) };
}
