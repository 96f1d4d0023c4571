// Reads for registrations: the year's windows and movements, one registration with its owner facts, warnings.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { forecastTitles, indexFacts } from '../../domain/rules/index.ts';
import { loadRuleSets } from '../rules/loadRuleSets.ts';
import { foundOr404 } from '../../http/refusals.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { loadEngineFacts } from '../records/loadEngineFacts.ts';
import { seesAllRegistrations, type RegistrationFacts } from './registration.policy.ts';
import { withChoiceLists, withChoices } from './registrationChoices.ts';

type Reader = Pick<CurrentUser, 'schoolId' | 'staffId' | 'permissions' | 'ledCollectiveIds'>;

/** The school year's registration windows and the movements one can commit to. */
export async function registrationSetting(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  const [windows, movements] = await Promise.all([
    prisma.milestone.findMany({ where: { schoolId, schoolYearId, kind: { in: ['registration_window', 'supplementary_window'] } }, orderBy: { dueOn: 'asc' } }),
    prisma.movement.findMany({
      where: { schoolId, status: { in: ['launched', 'midterm_reviewed'] } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return { windows: windows.map((w) => ({ ...w, kind: w.kind as 'registration_window' | 'supplementary_window' })), movements };
}

/**
 * Registrations a reader may see (mirrors the policy's whyNotView): reviewers and readers of every record see the
 * school's; others their own, their led collectives' and those of their collectives' members. Without access to
 * registration pages at all (no registration:submit-own nor :review), none.
 */
export async function visibleRegistrationsWhere(prisma: PrismaClient, user: Reader): Promise<Prisma.RegistrationWhereInput> {
  if (!user.permissions.has('registration:submit-own') && !user.permissions.has('registration:review')) return { id: { in: [] } };
  if (seesAllRegistrations(user)) return { schoolId: user.schoolId };
  const members = user.ledCollectiveIds.length
    ? await prisma.staff.findMany({ where: { schoolId: user.schoolId, collectiveId: { in: user.ledCollectiveIds } }, select: { id: true } })
    : [];
  const staffIds = [...(user.staffId ? [user.staffId] : []), ...members.map((m) => m.id)];
  return {
    schoolId: user.schoolId,
    OR: [
      { subject: 'staff', staffId: { in: staffIds } },
      { subject: 'collective', collectiveId: { in: user.ledCollectiveIds } },
    ],
  };
}

/** A registration the reader may see, with the facts the policy needs, or 404. */
export async function findRegistration(prisma: PrismaClient, user: Reader, id: string) {
  const reg = withChoiceLists(
    foundOr404(
      await prisma.registration.findFirst({
        where: { AND: [{ id }, await visibleRegistrationsWhere(prisma, user)] },
        include: { evidence: { orderBy: { createdAt: 'asc' } }, schoolYear: { select: { startYear: true } }, ...withChoices },
      }),
    ),
  );
  const staff = reg.staffId ? await prisma.staff.findUnique({ where: { id: reg.staffId }, select: { fullName: true, code: true, collectiveId: true } }) : null;
  const collective = reg.collectiveId ? await prisma.collective.findUnique({ where: { id: reg.collectiveId }, select: { name: true } }) : null;
  const facts: RegistrationFacts = {
    subject: reg.subject,
    staffId: reg.staffId,
    collectiveId: reg.collectiveId,
    staffCollectiveId: staff?.collectiveId ?? null,
    status: reg.status,
  };
  return { reg, facts, ownerName: staff?.fullName ?? collective?.name ?? '', staffCode: staff?.code ?? null };
}

/** For each title a staff member could register, why it is impossible this year (only impossible ones). */
export async function impossibleTargets(prisma: PrismaClient, schoolId: string, staffId: string, startYear: number): Promise<Record<string, string>> {
  const index = indexFacts(await loadEngineFacts(prisma, schoolId, { staffIds: [staffId] }));
  const items = forecastTitles(index, await loadRuleSets(prisma, schoolId), staffId, { year: startYear, overrides: await loadOverrides(prisma, schoolId) });
  return Object.fromEntries(items.filter((f) => f.status === 'unreachable').map((f) => [f.title, f.blockers.join('; ')]));
}
