// Command used by `npm run admin:create`: the first administrator, and the school when the database has none.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent } from '../../audit/recordEvent.ts';
import { schoolYearDates, schoolYearStartOf } from '../../domain/schoolYear.ts';
import { AppError } from '../../errors.ts';

/** Creates an administrator account; creates the school (and its current school year) if there is none. */
export async function createAdmin(prisma: PrismaClient, input: { username: string; passwordHash: string; schoolName?: string }, now: Date) {
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } })) throw new AppError('conflict', `The username "${input.username}" already exists.`);
    let school = await tx.school.findFirst({ orderBy: { createdAt: 'asc' } });
    const createdSchool = !school;
    if (!school) {
      if (!input.schoolName) throw new AppError('bad_request', 'The database has no school yet: pass --school-name "Trường …".');
      school = await tx.school.create({
        data: { code: 'SCHOOL', name: input.schoolName, governingBody: '', address: '', placeName: '', documentPrefix: 'TRUONG' },
      });
      const startYear = schoolYearStartOf(now);
      await tx.schoolYear.create({ data: { schoolId: school.id, startYear, ...schoolYearDates(startYear), governingBody: '', upperCouncil: '' } });
    }
    const user = await tx.user.create({
      data: { schoolId: school.id, username: input.username, displayName: input.username, isAdmin: true, passwordHash: input.passwordHash },
    });
    await recordEvent(
      tx,
      { actor: { id: null, schoolId: school.id }, now },
      { action: 'user.create-admin', subject: 'User', subjectId: user.id, after: { username: user.username } },
    );
    return { createdSchool, schoolName: school.name };
  });
}
