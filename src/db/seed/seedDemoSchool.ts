// Writes the demo school in one transaction: school years up to the current one, collectives, ~40 staff,
// the council of every year, and the demo logins.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { demoAccounts, demoCollectives, DEMO_PASSWORD, demoSchool, demoStaff, demoYearSettings } from '../../../prisma/seed/demoSchool.ts';
import { seedDemoCouncil } from './seedDemoCouncil.ts';
import { schoolYearDates, schoolYearStartOf } from '../../domain/schoolYear.ts';
import { foldForSearch } from '../../domain/text.ts';
import { hashPassword } from '../../features/auth/passwords.ts';
import { seedDemoPlan } from './seedDemoPlan.ts';
import { seedDemoHistory } from './seedDemoHistory.ts';

export const FIRST_DEMO_YEAR = 2021;

/** Seeds everything; `now` decides the current school year. */
export async function seedDemoSchool(prisma: PrismaClient, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const currentYear = schoolYearStartOf(now);
  await prisma.$transaction(
    async (tx) => {
      const school = await tx.school.create({
        data: { ...demoSchool, governingBody: demoYearSettings(currentYear).governingBody },
      });
      const years = [];
      for (let y = FIRST_DEMO_YEAR; y <= currentYear; y++) {
        years.push(
          await tx.schoolYear.create({
            data: { schoolId: school.id, startYear: y, ...schoolYearDates(y), ...demoYearSettings(y) },
          }),
        );
      }
      await tx.collective.create({ data: { schoolId: school.id, name: demoSchool.name, kind: 'school', sortOrder: 0 } });
      const collectiveIds = new Map<string, string>();
      for (const [i, c] of demoCollectives.entries()) {
        const row = await tx.collective.create({ data: { schoolId: school.id, name: c.name, kind: c.kind, sortOrder: i + 1 } });
        collectiveIds.set(c.key, row.id);
      }
      const staffIds = new Map<string, string>();
      for (const [code, fullName, gender, birth, position, ck, specialty, contractType, joined] of demoStaff) {
        const row = await tx.staff.create({
          data: {
            schoolId: school.id,
            code,
            fullName,
            searchName: foldForSearch(fullName),
            gender,
            position,
            specialty,
            contractType,
            qualification: 'Đại học',
            birthDate: new Date(birth),
            joinedSectorOn: new Date(joined),
            collectiveId: collectiveIds.get(ck) ?? null,
          },
        });
        staffIds.set(code, row.id);
        if (position === 'Tổ trưởng' && collectiveIds.has(ck)) {
          await tx.collective.update({ where: { id: collectiveIds.get(ck)! }, data: { leaderStaffId: row.id } });
        }
      }
      await seedDemoCouncil(tx, school.id, years, staffIds);
      let chairUserId = '';
      for (const a of demoAccounts) {
        const user = await tx.user.create({
          data: {
            schoolId: school.id,
            username: a.username,
            displayName: a.displayName,
            isAdmin: a.isAdmin,
            passwordHash,
            staffId: a.staffCode ? staffIds.get(a.staffCode)! : null,
          },
        });
        if (a.username === 'chutich') chairUserId = user.id;
      }
      await seedDemoPlan(tx, school.id, chairUserId, currentYear, new Map(years.map((y) => [y.startYear, y.id])));
      const staffRows = await tx.staff.findMany({ where: { schoolId: school.id }, select: { id: true, code: true, collectiveId: true } });
      await seedDemoHistory(tx, school.id, staffRows, FIRST_DEMO_YEAR, currentYear - 1);
    },
    { timeout: 60_000 },
  );
}
