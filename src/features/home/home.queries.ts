// What the home page reads: the published plan of the year, launched movements, milestones due soon, and the
// to-do counts (one aggregate statement) with, for the chair, the rule set's CSTĐCS cap.
import { vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { visibleMovementsWhere } from '../movements/movement.queries.ts';
import { visiblePlanVersionsWhere } from '../plans/plan.queries.ts';
import { loadTodoCounts } from './homeTodos.queries.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { optionalNumberParam } from '../../domain/rules/paramReader.ts';

/** The CSTĐCS cap in force on `now` (percent of LĐTT; null: none), or undefined when no rule set is in force. */
async function loadCap(prisma: PrismaClient, schoolId: string, now: Date): Promise<{ capPct: number | null } | null> {
  try {
    const ruleSet = await ruleSetOn(prisma, schoolId, now);
    const cap = ruleSet.ratioCaps.find((c) => c.title === 'CSTDCS');
    return { capPct: cap ? optionalNumberParam(ruleSet, cap.pct) : null };
  } catch {
    return null; // no rule set in force on that date: the line is left out rather than guessed
  }
}

/** Home page data for a user at `now`. */
export async function loadHome(prisma: PrismaClient, user: CurrentUser, now: Date) {
  const schoolId = user.schoolId;
  const calendarYear = vietnamYear(now);
  // The school's name comes with the signed-in account (currentUser.ts): one statement fewer per home page.
  const school = { name: user.schoolName };
  const [plan, movements, milestones, todos, quota] = await Promise.all([
    prisma.planVersion.findFirst({
      where: { AND: [visiblePlanVersionsWhere(user), { plan: { year: { lte: calendarYear } } }] },
      orderBy: [{ plan: { year: 'desc' } }, { versionNo: 'desc' }],
      select: { planId: true, versionNo: true, documentSymbol: true, approvedOn: true, snapshot: true, plan: { select: { year: true } } },
    }),
    prisma.movement.findMany({
      where: { AND: [visibleMovementsWhere(user), { status: { in: ['launched', 'midterm_reviewed'] } }] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, launchLevel: true, status: true },
    }),
    user.schoolYear ? prisma.milestone.findMany({ where: { schoolId, schoolYearId: user.schoolYear.id } }) : Promise.resolve([]),
    loadTodoCounts(prisma, user, calendarYear),
    user.permissions.has('nomination:approve') ? loadCap(prisma, schoolId, now) : Promise.resolve(null),
  ]);
  return { school, plan, movements, milestones, todos, quota, calendarYear };
}
