// Test factories: each builds the parents it needs, with unique values.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { CouncilRoleName } from '../../src/domain/permissions.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { foldForSearch } from '../../src/domain/text.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';

const unique = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'mat-khau-thu-nghiem';
let cachedHash: Promise<string> | undefined;
const testHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

/** A school with the given school years (start years). */
export async function buildSchool(prisma: PrismaClient, opts: { years?: number[]; name?: string } = {}) {
  const school = await prisma.school.create({
    data: {
      code: `S${unique()}`,
      name: opts.name ?? `Trường Tiểu học ${unique()}`,
      governingBody: 'UBND PHƯỜNG THỬ',
      address: 'Hà Nội',
      placeName: 'Hà Nội',
      documentPrefix: 'TH',
    },
  });
  const years: Array<Awaited<ReturnType<typeof prisma.schoolYear.create>>> = [];
  for (const y of opts.years ?? [2024, 2025, 2026]) {
    years.push(
      await prisma.schoolYear.create({
        data: { schoolId: school.id, startYear: y, ...schoolYearDates(y), governingBody: 'UBND', upperCouncil: 'HĐTĐKT phường' },
      }),
    );
  }
  return { school, years, yearOf: (startYear: number) => years.find((y) => y.startYear === startYear)! };
}

/** A staff member of the school. */
export async function buildStaff(
  prisma: PrismaClient,
  schoolId: string,
  o: { fullName?: string; code?: string; collectiveId?: string | null; gender?: 'male' | 'female' } = {},
) {
  const fullName = o.fullName ?? `Nguyễn Văn ${unique()}`;
  return prisma.staff.create({
    data: {
      schoolId,
      code: o.code ?? `T${unique()}`,
      fullName,
      searchName: foldForSearch(fullName),
      gender: o.gender ?? 'female',
      position: 'Giáo viên',
      contractType: 'civil_servant',
      collectiveId: o.collectiveId ?? null,
    },
  });
}

/** An account (optionally linked to staff, optionally admin) with TEST_PASSWORD. */
export async function buildUser(
  prisma: PrismaClient,
  schoolId: string,
  o: { staffId?: string; isAdmin?: boolean; username?: string; displayName?: string } = {},
) {
  return prisma.user.create({
    data: {
      schoolId,
      username: o.username ?? `u${unique()}`,
      displayName: o.displayName ?? 'Người dùng thử',
      isAdmin: o.isAdmin ?? false,
      staffId: o.staffId ?? null,
      passwordHash: await testHash(),
    },
  });
}

/**
 * Gives a staff member a council role through a decision of its own: by default a term covering the whole school
 * year (1 September to 31 August); `from`/`to` (to: null = open) give another period.
 */
export async function buildCouncilMember(
  prisma: PrismaClient,
  schoolId: string,
  schoolYearId: string,
  staffId: string,
  role: CouncilRoleName,
  o: { from?: Date; to?: Date | null } = {},
) {
  const year = await prisma.schoolYear.findFirstOrThrow({ where: { id: schoolYearId, schoolId } });
  const validFrom = o.from ?? year.startsOn;
  const decision = await prisma.councilDecision.create({
    data: { schoolId, schoolYearId, number: `${unique()}/QĐ-TH`, signedOn: validFrom, effectiveOn: validFrom },
  });
  await prisma.councilMembership.create({
    data: { schoolId, decisionId: decision.id, staffId, role, validFrom, validTo: o.to === undefined ? year.endsOn : o.to },
  });
  return decision;
}

/** A staff member with an account (shown under the staff member's name when `named`) and, optionally, a council role in a year: ready to log in. */
export async function buildPerson(
  prisma: PrismaClient,
  schoolId: string,
  o: { role?: CouncilRoleName; schoolYearId?: string; leads?: boolean; isAdmin?: boolean; fullName?: string; named?: boolean } = {},
) {
  const staff = await buildStaff(prisma, schoolId, { fullName: o.fullName });
  const user = await buildUser(prisma, schoolId, { staffId: staff.id, isAdmin: o.isAdmin, displayName: o.named ? staff.fullName : undefined });
  if (o.role && o.schoolYearId) await buildCouncilMember(prisma, schoolId, o.schoolYearId, staff.id, o.role);
  if (o.leads) await prisma.collective.create({ data: { schoolId, name: `Tổ ${unique()}`, kind: 'grade_group', leaderStaffId: staff.id } });
  return { staff, user };
}

// The other models' factories, one import away for tests.
export * from './recordFactories.ts';
