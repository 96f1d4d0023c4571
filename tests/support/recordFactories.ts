// Factories for the yearly records the eligibility engine reads, collectives, milestones and rule overrides. Each
// builds the parents it is not given (a school, a staff member, a collective, a school year, an account) with unique
// values, and takes the school of the parent it is given, so composite (id, schoolId) foreign keys always hold.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { overrideValueJson } from '../../src/features/rules/parameterOverrideJson.ts';
import { buildSchool, buildStaff, buildUser } from './factories.ts';

const unique = () => randomBytes(4).toString('hex');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/** The given staff member (with its school), or a new one in a new school. */
async function staffFor(prisma: PrismaClient, staffId?: string) {
  if (staffId) return prisma.staff.findUniqueOrThrow({ where: { id: staffId }, select: { id: true, schoolId: true } });
  const { school } = await buildSchool(prisma, { years: [] });
  return buildStaff(prisma, school.id);
}

/** A collective (tổ) of the school, a new school when none is given. */
export async function buildCollective(prisma: PrismaClient, o: { schoolId?: string; name?: string; leaderStaffId?: string } = {}) {
  const schoolId = o.schoolId ?? (await buildSchool(prisma, { years: [] })).school.id;
  return prisma.collective.create({ data: { schoolId, name: o.name ?? `Tổ ${unique()}`, kind: 'grade_group', leaderStaffId: o.leaderStaffId ?? null } });
}

/** A staff member's facts for one school year (rating, months worked, leave). */
export async function buildStaffYearRecord(
  prisma: PrismaClient,
  o: { staffId?: string; startYear?: number; rating?: Rating; monthsWorked?: number; leaveDays?: number } = {},
) {
  const staff = await staffFor(prisma, o.staffId);
  return prisma.staffYearRecord.create({
    data: {
      schoolId: staff.schoolId,
      staffId: staff.id,
      startYear: o.startYear ?? 2025,
      rating: o.rating ?? 'HTTNV',
      monthsWorked: o.monthsWorked ?? 12,
      leaveDays: o.leaveDays ?? 0,
    },
  });
}

/** An award already decided for a staff member (a unique decision number). */
export async function buildAwardRecord(
  prisma: PrismaClient,
  o: { staffId?: string; startYear?: number; code?: string; decisionDate?: string; issuer?: string } = {},
) {
  const staff = await staffFor(prisma, o.staffId);
  const startYear = o.startYear ?? 2025;
  return prisma.awardRecord.create({
    data: {
      schoolId: staff.schoolId,
      staffId: staff.id,
      startYear,
      code: o.code ?? 'LDTT',
      decisionNumber: `${unique()}/QĐ-UBND`,
      decisionDate: day(o.decisionDate ?? `${startYear + 1}-06-15`),
      issuer: o.issuer ?? 'UBND phường',
    },
  });
}

/** A discipline decision against a staff member. */
export async function buildDisciplineRecord(prisma: PrismaClient, o: { staffId?: string; startYear?: number; level?: string; decidedOn?: string } = {}) {
  const staff = await staffFor(prisma, o.staffId);
  const startYear = o.startYear ?? 2025;
  return prisma.disciplineRecord.create({
    data: { schoolId: staff.schoolId, staffId: staff.id, startYear, level: o.level ?? 'khien_trach', decidedOn: day(o.decidedOn ?? `${startYear}-11-20`) },
  });
}

/** A discipline or investigation proceeding still open (or closed on `to`). */
export async function buildPendingProceeding(
  prisma: PrismaClient,
  o: { staffId?: string; kind?: 'discipline' | 'investigation'; from?: string; to?: string | null } = {},
) {
  const staff = await staffFor(prisma, o.staffId);
  return prisma.pendingProceedingRecord.create({
    data: { schoolId: staff.schoolId, staffId: staff.id, kind: o.kind ?? 'discipline', fromDate: day(o.from ?? '2025-10-01'), toDate: o.to ? day(o.to) : null },
  });
}

/** A research work (đề tài) of a staff member. */
export async function buildResearchRecord(prisma: PrismaClient, o: { staffId?: string; startYear?: number; accepted?: boolean; applied?: boolean } = {}) {
  const staff = await staffFor(prisma, o.staffId);
  return prisma.researchRecord.create({
    data: {
      schoolId: staff.schoolId,
      staffId: staff.id,
      startYear: o.startYear ?? 2025,
      title: `Đề tài ${unique()}`,
      accepted: o.accepted ?? true,
      applied: o.applied ?? true,
    },
  });
}

/** A collective's rating for one school year. */
export async function buildCollectiveYearRecord(prisma: PrismaClient, o: { collectiveId?: string; startYear?: number; rating?: Rating } = {}) {
  const collective = o.collectiveId ? await prisma.collective.findUniqueOrThrow({ where: { id: o.collectiveId } }) : await buildCollective(prisma);
  return prisma.collectiveYearRecord.create({
    data: { schoolId: collective.schoolId, collectiveId: collective.id, startYear: o.startYear ?? 2025, rating: o.rating ?? 'HTXSNV' },
  });
}

/** A calendar milestone of a school year (a new school and year when none is given). */
export async function buildMilestone(prisma: PrismaClient, o: { schoolYearId?: string; dueOn?: string; kind?: 'other' | 'council_meeting' } = {}) {
  const year = o.schoolYearId
    ? await prisma.schoolYear.findUniqueOrThrow({ where: { id: o.schoolYearId } })
    : (await buildSchool(prisma, { years: [2026] })).years[0]!;
  return prisma.milestone.create({
    data: {
      schoolId: year.schoolId,
      schoolYearId: year.id,
      kind: o.kind ?? 'other',
      title: `Mốc ${unique()}`,
      dueOn: day(o.dueOn ?? `${year.startYear}-12-15`),
      ownerRole: 'secretary',
    },
  });
}

/** A school's audited change of one rule parameter, by an account of that school. */
export async function buildRuleParameterOverride(
  prisma: PrismaClient,
  o: { schoolId?: string; ruleSetId?: string; key?: string; value?: number | boolean | string | null; effectiveFrom?: string } = {},
) {
  const schoolId = o.schoolId ?? (await buildSchool(prisma, { years: [] })).school.id;
  const creator = await buildUser(prisma, schoolId);
  return prisma.ruleParameterOverride.create({
    data: {
      schoolId,
      ruleSetId: o.ruleSetId ?? 'luat2022-nd152-2025',
      key: o.key ?? 'ldtt.maxLeaveDays',
      value: overrideValueJson(o.value ?? 30),
      effectiveFrom: day(o.effectiveFrom ?? '2025-09-01'),
      reason: 'Quy chế trường',
      createdBy: creator.id,
    },
  });
}

/** A school year row for a school that lacks it. */
export function buildSchoolYear(prisma: PrismaClient, schoolId: string, startYear: number) {
  return prisma.schoolYear.create({ data: { schoolId, startYear, ...schoolYearDates(startYear), governingBody: 'UBND', upperCouncil: 'HĐTĐKT phường' } });
}
