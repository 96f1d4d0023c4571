// Demo data for issue 14: the 2024-2025 approved nominations get their báo cáo thành tích, pre-filled from the
// records and confirmed by the chair, so the year's dossier is ready to export. Runs after the council cycle.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { prefillAchievementContent } from '../../features/dossiers/prefillAchievementContent.ts';
import { saveAchievementReport } from '../../features/dossiers/saveAchievementReport.ts';
import { CYCLE_YEAR } from './seedDemoCouncilCycle.ts';

/** Seeds the confirmed achievement reports of the 2024-2025 approved nominations (skips those that have one). */
export async function seedDemoDossier(prisma: PrismaClient): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  const chair = school && (await prisma.user.findFirst({ where: { schoolId: school.id, username: 'chutich' } }));
  if (!school || !chair) return;
  const nominations = await prisma.nomination.findMany({
    where: { schoolId: school.id, status: 'approved', schoolYear: { startYear: CYCLE_YEAR }, achievementReport: null },
    include: { staff: true, collective: true },
    orderBy: { createdAt: 'asc' },
  });
  const ctx = { actor: { id: chair.id, schoolId: school.id }, now: new Date('2025-05-24T02:00:00Z') };
  for (const n of nominations) {
    const content = prefillAchievementContent(n.staff, n, n.collective?.name);
    content.hometown = 'Hà Nội';
    content.achievements.push('Lớp chủ nhiệm có 100% học sinh hoàn thành chương trình lớp học; tham gia đầy đủ các chuyên đề của tổ.');
    await saveAchievementReport(prisma, ctx, n.id, { content, confirm: true });
  }
}
