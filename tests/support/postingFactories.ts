// Factories for the public posting and complaints (issue 13 points 6–7): an approved list (meeting + frozen
// approval, built directly: the ballot is not what these tests are about), a posting of it, a complaint.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildNominations, buildMeeting, type CouncilFixture } from './ballotFixtures.ts';
import { buildNomination, buildNominationApproval } from './ballotFactories.ts';
import { buildUser } from './factories.ts';

/** A meeting of the council approved by its chair, with `count` approved LĐTT nominations on the frozen list. */
export async function buildApproval(prisma: PrismaClient, c: CouncilFixture, count = 2) {
  const meeting = await buildMeeting(prisma, c);
  const ids = await buildNominations(prisma, c, 'LDTT', count);
  const nominations = await prisma.nomination.findMany({ where: { id: { in: ids } }, include: { staff: true }, orderBy: { id: 'asc' } });
  await prisma.nomination.updateMany({ where: { id: { in: ids } }, data: { status: 'approved' } });
  await prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'approved' } });
  const chairUser = await prisma.user.findFirstOrThrow({ where: { staffId: c.chair.staffId } });
  const items = nominations.map((n) => ({
    nominationId: n.id,
    name: n.staff?.fullName ?? '',
    code: 'LDTT',
    passed: true,
    withinQuota: true,
    decides: 'Chủ tịch UBND phường',
  }));
  const approval = await prisma.nominationApproval.create({
    data: {
      schoolId: c.schoolId,
      meetingId: meeting.id,
      approvedById: chairUser.id,
      approvedAt: new Date('2026-11-20T09:00:00Z'),
      list: { items, documents: [] },
    },
  });
  return { meeting, approval, nominationIds: ids };
}

/** A posting of `approvalId` over the given days (defaults: 23/11–27/11/2026), with a fresh public token. */
export async function buildPosting(
  prisma: PrismaClient,
  o: { schoolId: string; approvalId: string; publishedById: string; startsOn?: string; endsOn?: string },
) {
  return prisma.publicPosting.create({
    data: {
      schoolId: o.schoolId,
      approvalId: o.approvalId,
      startsOn: new Date(`${o.startsOn ?? '2026-11-23'}T00:00:00Z`),
      endsOn: new Date(`${o.endsOn ?? '2026-11-27'}T00:00:00Z`),
      workingDays: 5,
      basis: { document: 'Quy chế', article: '-', certainty: 'U' },
      publicToken: randomBytes(32).toString('base64url'),
      publishedById: o.publishedById,
      publishedAt: new Date(`${o.startsOn ?? '2026-11-23'}T02:00:00Z`),
    },
  });
}

/** One posting in the school (its approval, meeting and publisher built when not given); open 23/11–31/12/2026. */
export async function buildPublicPosting(prisma: PrismaClient, o: { schoolId: string; approvalId?: string }) {
  const approval = o.approvalId ? { id: o.approvalId } : await buildNominationApproval(prisma, { schoolId: o.schoolId });
  const publisher = await buildUser(prisma, o.schoolId);
  return buildPosting(prisma, { schoolId: o.schoolId, approvalId: approval.id, publishedById: publisher.id, endsOn: '2026-12-31' });
}

/** One pending public comment on a posting of the school. */
export async function buildPostingComment(prisma: PrismaClient, o: { schoolId: string; postingId?: string }) {
  const postingId = o.postingId ?? (await buildPublicPosting(prisma, o)).id;
  return prisma.postingComment.create({
    data: {
      schoolId: o.schoolId,
      postingId,
      source: 'public',
      authorName: 'Phụ huynh',
      body: 'Ý kiến',
      addressHash: 'a'.repeat(64),
      createdAt: new Date('2026-11-24T03:00:00Z'),
    },
  });
}

/** One complaint about a nomination of the school, received 02/11/2026, due 30 days later. */
export async function buildComplaint(prisma: PrismaClient, o: { schoolId: string; nominationId?: string }) {
  const nomination = o.nominationId
    ? await prisma.nomination.findUniqueOrThrow({ where: { id: o.nominationId } })
    : await buildNomination(prisma, { schoolId: o.schoolId });
  return prisma.complaint.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: nomination.schoolYearId,
      nominationId: nomination.id,
      receivedOn: new Date('2026-11-02T00:00:00Z'),
      senderName: 'Nguyễn Văn Gửi',
      channel: 'direct',
      kind: 'khieu_nai',
      summary: 'Đề nghị xem xét lại.',
      dueOn: new Date('2026-12-02T00:00:00Z'),
      deadlineBasis: { document: 'Luật Khiếu nại', article: 'Điều 28', certainty: 'U', days: 30 },
      createdAt: new Date('2026-11-02T03:00:00Z'),
    },
  });
}
