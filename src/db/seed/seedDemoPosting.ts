// Demo data for issue 13 points 6–7 (2024-2025), made through the app's own commands: the chair's approved list
// posted for 5 working days with a parent's comment accepted by the secretary, and a settled complaint about a
// nomination with its numbered reply letter. Runs after the council cycle.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { handleComplaint } from '../../features/complaints/handleComplaint.ts';
import { issueComplaintReply } from '../../features/complaints/issueComplaintReply.ts';
import { logComplaint } from '../../features/complaints/logComplaint.ts';
import { addPostingComment } from '../../features/posting/addPostingComment.ts';
import { moderatePostingComment } from '../../features/posting/moderatePostingComment.ts';
import { publishPosting } from '../../features/posting/publishPosting.ts';
import { CYCLE_YEAR } from './seedDemoCouncilCycle.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';

/** Seeds the 2024-2025 posting and complaint once (skips when the year's approval is missing or already posted). */
export async function seedDemoPosting(prisma: PrismaClient): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!school) return;
  const approval = await prisma.nominationApproval.findFirst({
    where: { schoolId: school.id, meeting: { schoolYear: { startYear: CYCLE_YEAR } } },
    include: { posting: true, meeting: true },
  });
  if (!approval || approval.posting) return;
  const users = await prisma.user.findMany({ where: { schoolId: school.id }, include: { staff: true } });
  const user = (name: string) => users.find((u) => u.username === name);
  const ctx = (name: string | null, at: string) => ({ actor: { id: name ? (user(name)?.id ?? null) : null, schoolId: school.id }, now: new Date(at) });

  // Thursday 22/05/2025: five working days, 22/05–28/05.
  const postingId = await publishPosting(prisma, ctx('thuky', '2025-05-22T03:00:00Z'), approval.meetingId);
  const commentId = await addPostingComment(
    prisma,
    ctx(null, '2025-05-23T02:30:00Z'),
    postingId,
    { source: 'public', name: 'Ban đại diện Cha mẹ học sinh lớp 4A', contact: null, address: '203.0.113.24' },
    'Ban đại diện nhất trí với danh sách; đề nghị nhà trường tiếp tục nhân rộng cách làm của các giáo viên được khen.',
  );
  await moderatePostingComment(prisma, ctx('thuky', '2025-05-23T08:00:00Z'), postingId, commentId, {
    decision: 'accepted',
    note: 'Hội đồng ghi nhận và cảm ơn ý kiến của Ban đại diện Cha mẹ học sinh.',
  });

  // The complaint is about a woman's maternity leave: the first approved LĐTT nominee by name who is a woman (never the
  // lowest id, which is random: another seed picked another person, a man too).
  const nomination = sortByVietnameseName(
    await prisma.nomination.findMany({
      where: { schoolId: school.id, schoolYearId: approval.meeting.schoolYearId, status: 'approved', code: 'LDTT', staff: { gender: 'female' } },
      include: { staff: true },
    }),
    (n) => n.staff?.fullName ?? '',
  )[0];
  const assignee = user('phochutich')?.staffId ?? null;
  if (!nomination) return;
  const complaintId = await logComplaint(
    prisma,
    ctx('thuky', '2025-05-26T02:00:00Z'),
    approval.meeting.schoolYearId,
    {
      receivedOn: new Date('2025-05-26T00:00:00Z'),
      senderName: 'Đỗ Văn Kiên',
      senderContact: 'Tổ dân phố 7, phường Long Biên',
      channel: 'direct',
      kind: 'khieu_nai',
      subject: { type: 'nomination', id: nomination.id },
      summary: `Cho rằng ${nomination.staff?.fullName ?? 'giáo viên được đề nghị'} có một học kỳ nghỉ dài ngày nên chưa đủ thời gian công tác để được đề nghị Lao động tiên tiến.`,
      complex: false,
      remoteArea: false,
      assigneeStaffId: assignee,
    },
    null,
  );
  await handleComplaint(prisma, ctx('phochutich', '2025-06-05T03:00:00Z'), complaintId, {
    status: 'settled',
    assigneeStaffId: assignee,
    acceptedOn: new Date('2025-05-28T00:00:00Z'),
    outcome:
      'Đối chiếu hồ sơ: thời gian nghỉ là nghỉ thai sản, được tính là thời gian công tác theo quy định; cá nhân đủ tiêu chuẩn. Giữ nguyên đề nghị khen thưởng.',
  });
  await issueComplaintReply(prisma, ctx('thuky', '2025-06-06T02:00:00Z'), complaintId);
}
