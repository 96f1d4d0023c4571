// The posting records of the hostile-input school: an approved list not posted yet (the publish form), a posting
// open until the end of the year with a pending staff comment (the comment and moderation forms) and its public
// page (the anonymous comment form); two complaints (the handling and reply forms).
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';

/** Builds the records; returns the pages each crawler starts from. */
export async function buildHostilePosting(prisma: PrismaClient, s: { schoolId: string; schoolYearId: string; chairUserId: string; teacherUserId: string }) {
  const approvals: string[] = [];
  for (const heldOn of ['2026-11-23', '2026-11-24']) {
    const meeting = await prisma.meeting.create({
      data: {
        schoolId: s.schoolId,
        schoolYearId: s.schoolYearId,
        heldOn: new Date(`${heldOn}T00:00:00Z`),
        startsAt: '14:00',
        place: 'Phòng họp',
        agenda: 'Xét thi đua',
        status: 'approved',
      },
    });
    const approval = await prisma.nominationApproval.create({
      data: {
        schoolId: s.schoolId,
        meetingId: meeting.id,
        approvedById: s.chairUserId,
        approvedAt: new Date(`${heldOn}T09:00:00Z`),
        list: { items: [], documents: [] },
      },
    });
    approvals.push(approval.id);
  }
  const posting = await prisma.publicPosting.create({
    data: {
      schoolId: s.schoolId,
      approvalId: approvals[0]!,
      startsOn: new Date('2026-11-24T00:00:00Z'),
      endsOn: new Date('2026-12-31T00:00:00Z'),
      workingDays: 5,
      basis: {},
      publicToken: randomBytes(32).toString('base64url'),
      publishedById: s.chairUserId,
      publishedAt: new Date('2026-11-24T02:00:00Z'),
    },
  });
  await prisma.postingComment.create({
    data: {
      schoolId: s.schoolId,
      postingId: posting.id,
      source: 'staff',
      authorName: 'Giáo viên',
      authorUserId: s.teacherUserId,
      body: 'Ý kiến chờ xem xét',
      createdAt: new Date('2026-11-25T02:00:00Z'),
    },
  });
  // Complaints: one being handled (the handling form), one settled without its reply yet (the reply form).
  const nomination = await prisma.nomination.findFirstOrThrow({ where: { schoolId: s.schoolId, schoolYearId: s.schoolYearId } });
  const complaint = (status: 'in_progress' | 'settled') =>
    prisma.complaint.create({
      data: {
        schoolId: s.schoolId,
        schoolYearId: s.schoolYearId,
        nominationId: nomination.id,
        receivedOn: new Date('2026-11-20T00:00:00Z'),
        senderName: 'Người gửi đơn',
        channel: 'direct',
        kind: 'khieu_nai',
        summary: 'Đề nghị xem xét lại.',
        dueOn: new Date('2026-12-20T00:00:00Z'),
        deadlineBasis: { document: 'Luật Khiếu nại số 02/2011/QH13', article: 'Điều 28', certainty: 'U', days: 30 },
        status,
        outcome: status === 'settled' ? 'Giữ nguyên đề nghị.' : null,
        settledOn: status === 'settled' ? new Date('2026-11-25T00:00:00Z') : null,
        createdAt: new Date('2026-11-20T03:00:00Z'),
      },
    });
  const [open, settled] = [await complaint('in_progress'), await complaint('settled')];
  return {
    staffPages: ['/postings', `/postings/${posting.id}`, '/complaints', '/complaints/new', `/complaints/${open.id}`, `/complaints/${settled.id}`],
    publicPage: `/p/${posting.publicToken}`,
  };
}
