// Factories for the dossier to the upper level: a nominee's báo cáo thành tích and an export version.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { AchievementContent } from '../../src/features/dossiers/achievementReportContent.ts';
import { buildNomination } from './ballotFactories.ts';
import { yearIn } from './registrationFactories.ts';

/** A báo cáo thành tích of a nomination (a new one unless given), confirmed when `confirmedById` is given. */
export async function buildAchievementReport(
  prisma: PrismaClient,
  o: { schoolId: string; nominationId?: string; content?: Partial<AchievementContent>; confirmedById?: string },
) {
  const content: AchievementContent = {
    birthDate: '12/03/1985',
    gender: 'Nữ',
    hometown: 'Hà Nội',
    qualification: 'Cử nhân Sư phạm Tiểu học',
    duties: 'Giáo viên chủ nhiệm lớp 3A',
    achievements: ['Hoàn thành xuất sắc nhiệm vụ năm học.'],
    ...o.content,
  };
  return prisma.achievementReport.create({
    data: {
      schoolId: o.schoolId,
      nominationId: o.nominationId ?? (await buildNomination(prisma, { schoolId: o.schoolId })).id,
      content,
      confirmedById: o.confirmedById ?? null,
      confirmedAt: o.confirmedById ? new Date('2027-06-01T03:00:00Z') : null,
    },
  });
}

/** A queued export (version 1 unless told) of the school year's dossier to a receiving body. */
export async function buildDossierExport(prisma: PrismaClient, o: { schoolId: string; schoolYearId?: string; receiver?: string; version?: number }) {
  return prisma.dossierExport.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: o.schoolYearId ?? (await yearIn(prisma, o.schoolId)).id,
      receiver: o.receiver ?? 'UBND phường',
      version: o.version ?? 1,
      fingerprint: createHash('sha256').update(randomBytes(16)).digest('hex'),
    },
  });
}
