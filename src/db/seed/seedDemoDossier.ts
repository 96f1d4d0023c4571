// Demo data for issue 14: the 2024-2025 approved nominations get their báo cáo thành tích, pre-filled from the
// records and confirmed by the chair, and each CSTĐCS nominee without one gets a recognised initiative of that year
// (with its decision number and scope of impact, as the history import records them), so the year's dossier passes
// the completeness check and exports without the chair's override. Runs after the council cycle.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { prefillAchievementContent } from '../../features/dossiers/prefillAchievementContent.ts';
import { saveAchievementReport } from '../../features/dossiers/saveAchievementReport.ts';
import { CYCLE_YEAR } from './seedDemoCouncilCycle.ts';
import { sortNominees } from '../../domain/nominations/nomineeOrder.ts';

/**
 * The nominations in print order (nomineeOrder.ts): the pre-fill writes them in one statement (one createdAt, random
 * ids), so no column of theirs orders them the same way in two databases.
 */
function byName<T extends { code: string; id: string; staff: { fullName: string; code: string } | null; collective?: { name: string } | null }>(
  rows: T[],
): T[] {
  return sortNominees(rows, [], (n) => ({
    code: n.code,
    subject: n.staff ? 'individual' : 'collective',
    name: n.staff?.fullName ?? n.collective?.name ?? '',
    key: n.staff?.code ?? n.collective?.name ?? n.id,
  }));
}

/** Seeds the confirmed achievement reports of the 2024-2025 approved nominations (skips those that have one). */
export async function seedDemoDossier(prisma: PrismaClient): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  const chair = school && (await prisma.user.findFirst({ where: { schoolId: school.id, username: 'chutich' } }));
  if (!school || !chair) return;
  const nominations = byName(
    await prisma.nomination.findMany({
      where: { schoolId: school.id, status: 'approved', schoolYear: { startYear: CYCLE_YEAR }, achievementReport: null },
      include: { staff: true, collective: true },
    }),
  );
  const ctx = { actor: { id: chair.id, schoolId: school.id }, now: new Date('2025-05-24T02:00:00Z') };
  for (const n of nominations) {
    const content = prefillAchievementContent(n.staff, n, n.collective?.name);
    content.hometown = 'Hà Nội';
    content.achievements.push('Lớp chủ nhiệm có 100% học sinh hoàn thành chương trình lớp học; tham gia đầy đủ các chuyên đề của tổ.');
    await saveAchievementReport(prisma, ctx, n.id, { content, confirm: true });
  }
  await seedInitiativeProofs(prisma, school.id);
}

/** A recognised 2024-2025 initiative (imported, with decision number and scope) for each CSTĐCS nominee who has none. */
async function seedInitiativeProofs(prisma: PrismaClient, schoolId: string): Promise<void> {
  // By name: the decision numbers below go to the same people in every seeded database.
  const nominees = byName(
    await prisma.nomination.findMany({
      where: { schoolId, status: 'approved', code: 'CSTDCS', schoolYear: { startYear: CYCLE_YEAR }, staffId: { not: null } },
      include: { staff: true },
    }),
  );
  let number = 20;
  for (const n of nominees) {
    // The imported history gives past initiatives a decision number but no scope of impact, which the dossier needs.
    await prisma.initiativeRecord.updateMany({
      where: { schoolId, startYear: CYCLE_YEAR, status: 'recognised', scope: '', authors: { some: { staffId: n.staffId! } } },
      data: { scope: 'Áp dụng trong các tổ chuyên môn của trường.' },
    });
    const proven = await prisma.initiativeRecord.count({
      where: { schoolId, startYear: CYCLE_YEAR, status: 'recognised', decisionNumber: { not: null }, authors: { some: { staffId: n.staffId! } } },
    });
    if (proven) continue;
    const title = `Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học (${n.staff!.fullName})`;
    await prisma.initiativeRecord.create({
      data: {
        schoolId,
        startYear: CYCLE_YEAR,
        title,
        level: 'co_so',
        grade: 'B',
        recognisedOn: new Date('2025-05-15T00:00:00Z'),
        source: 'import',
        status: 'recognised',
        scope: 'Áp dụng trong các tổ chuyên môn của trường.',
        decisionNumber: `${number++}/QĐ-TH`,
        authors: { create: { staffId: n.staffId!, sharePct: 100 } },
      },
    });
  }
}
