// Demo data for issue 15 §4 (2024-2025), made through the app's own commands: a published good deed of a pupil
// with the parent's signed consent (on the public page), a teacher's exemplar left as a draft without consent.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { createExemplar } from '../../features/exemplars/createExemplar.ts';
import { publishExemplar } from '../../features/exemplars/publishExemplar.ts';
import { recordExemplarConsent } from '../../features/exemplars/recordExemplarConsent.ts';

const YEAR = 2024;

/** Seeds the 2024-2025 exemplars once (skips when the year already has some). */
export async function seedDemoExemplars(prisma: PrismaClient): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!school) return;
  const year = await prisma.schoolYear.findFirst({ where: { schoolId: school.id, startYear: YEAR } });
  if (!year || (await prisma.exemplar.count({ where: { schoolYearId: year.id } })) > 0) return;
  const secretary = await prisma.user.findFirst({ where: { schoolId: school.id, username: 'thuky' } });
  const teacher = await prisma.staff.findFirst({ where: { schoolId: school.id, active: true }, orderBy: { code: 'asc' } });
  const ctx = (at: string) => ({ actor: { id: secretary?.id ?? null, schoolId: school.id }, now: new Date(at) });

  const pupil = await createExemplar(prisma, ctx('2025-03-10T02:00:00Z'), year.id, {
    kind: 'nguoi_tot_viec_tot',
    staffId: null,
    collectiveId: null,
    subjectName: 'Em Nguyễn Gia Bảo, lớp 4A',
    title: 'Nhặt được ví tiền, trả lại người đánh mất',
    story:
      'Sáng ngày 05/03/2025, trên đường đến trường, em Nguyễn Gia Bảo (lớp 4A) nhặt được một chiếc ví có tiền và giấy tờ tùy thân.\n\n' +
      'Em đã mang đến nộp cho cô Tổng phụ trách Đội để tìm người đánh mất. Nhà trường đã liên hệ và trả lại chiếc ví cho chủ nhân trong ngày.',
    deedOn: new Date('2025-03-05T00:00:00Z'),
  });
  await recordExemplarConsent(prisma, ctx('2025-03-12T02:00:00Z'), pupil, {
    consentBy: 'Anh Nguyễn Văn Hùng (bố em Bảo)',
    consentOn: new Date('2025-03-11T00:00:00Z'),
    consentMethod: 'signed_paper',
  });
  await publishExemplar(prisma, ctx('2025-03-12T02:30:00Z'), pupil);

  if (teacher)
    await createExemplar(prisma, ctx('2025-04-02T02:00:00Z'), year.id, {
      kind: 'dien_hinh_tien_tien',
      staffId: teacher.id,
      collectiveId: null,
      subjectName: null,
      title: 'Tận tụy kèm học sinh có hoàn cảnh khó khăn',
      story: 'Suốt năm học, cô dành các buổi chiều thứ Sáu kèm miễn phí cho học sinh có hoàn cảnh khó khăn của khối 3.',
      deedOn: null,
    });
}
