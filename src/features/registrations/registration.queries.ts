// Reads for registrations: the year's windows and movements, one registration with its owner facts, warnings.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forecastTitles, indexFacts, RULE_SETS } from '../../domain/rules/index.ts';
import { AppError } from '../../errors.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { loadEngineFacts } from '../records/loadEngineFacts.ts';
import type { RegistrationFacts } from './registration.policy.ts';

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

/** A registration of the school with the facts the policy needs, or 404. */
export async function findRegistration(prisma: PrismaClient, schoolId: string, id: string) {
  const reg = await prisma.registration.findFirst({ where: { id, schoolId }, include: { evidence: { orderBy: { createdAt: 'asc' } } } });
  if (!reg) throw new AppError('not_found', 'error.notFound.body');
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
  const items = forecastTitles(index, RULE_SETS, staffId, { year: startYear, overrides: await loadOverrides(prisma, schoolId) });
  return Object.fromEntries(items.filter((f) => f.status === 'unreachable').map((f) => [f.title, f.blockers.join('; ')]));
}
