// Factories for the public posting and complaints (issue 13 points 6–7): an approved list (meeting + frozen
// approval, built directly: the ballot is not what these tests are about), a posting of it, a complaint.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildNominations, buildMeeting, type CouncilFixture } from './ballotFixtures.ts';

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
