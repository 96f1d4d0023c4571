// Factories for the initiative council's work on an initiative: review assignments, recusals, scores, and a school
// year's initiative settings. Parents not given (an initiative by a new author, a reviewer) are built in the school.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildStaff, buildUser } from './factories.ts';
import { buildInitiative } from './initiativeFactories.ts';
import { yearIn } from './registrationFactories.ts';

/** A submitted initiative of the school (the given id, or a new one by a new author). */
export async function initiativeIn(prisma: PrismaClient, schoolId: string, initiativeId?: string): Promise<string> {
  if (initiativeId) return initiativeId;
  const schoolYear = await yearIn(prisma, schoolId);
  const author = await buildStaff(prisma, schoolId);
  return (await buildInitiative(prisma, { schoolId, schoolYear, authors: [{ staffId: author.id, sharePct: 100 }] })).id;
}

const reviewerIn = async (prisma: PrismaClient, schoolId: string, staffId?: string) => staffId ?? (await buildStaff(prisma, schoolId)).id;

/** A reviewer assigned to an initiative. */
export async function buildInitiativeReview(
  prisma: PrismaClient,
  o: { schoolId: string; initiativeId?: string; reviewerStaffId?: string; automatic?: boolean },
) {
  return prisma.initiativeReview.create({
    data: {
      schoolId: o.schoolId,
      initiativeId: await initiativeIn(prisma, o.schoolId, o.initiativeId),
      reviewerStaffId: await reviewerIn(prisma, o.schoolId, o.reviewerStaffId),
      automatic: o.automatic ?? false,
      assignedAt: new Date('2027-03-01T03:00:00Z'),
    },
  });
}

/** A council member's declared conflict of interest on an initiative. */
export async function buildInitiativeRecusal(prisma: PrismaClient, o: { schoolId: string; initiativeId?: string; staffId?: string; reason?: string }) {
  return prisma.initiativeRecusal.create({
    data: {
      schoolId: o.schoolId,
      initiativeId: await initiativeIn(prisma, o.schoolId, o.initiativeId),
      staffId: await reviewerIn(prisma, o.schoolId, o.staffId),
      reason: o.reason ?? 'Là người thân của tác giả.',
      at: new Date('2027-03-02T03:00:00Z'),
    },
  });
}

/** A reviewer's score (version 1 unless told; a later version carries its correction reason). Append-only. */
export async function buildInitiativeScore(
  prisma: PrismaClient,
  o: { schoolId: string; initiativeId?: string; reviewerStaffId?: string; version?: number; points?: Record<string, number> },
) {
  const points = o.points ?? { novelty: 25, soundness: 20, effectiveness: 20, applicability: 15 };
  const version = o.version ?? 1;
  return prisma.initiativeScore.create({
    data: {
      schoolId: o.schoolId,
      initiativeId: await initiativeIn(prisma, o.schoolId, o.initiativeId),
      reviewerStaffId: await reviewerIn(prisma, o.schoolId, o.reviewerStaffId),
      version,
      points,
      total: Object.values(points).reduce((a, b) => a + b, 0),
      correctionReason: version > 1 ? 'Chấm lại sau khi đối chiếu minh chứng.' : null,
      submittedById: (await buildUser(prisma, o.schoolId)).id,
      submittedAt: new Date('2027-03-10T03:00:00Z'),
    },
  });
}

/** A school year's initiative settings (the shipped rules unless `rules` overrides them). */
export async function buildInitiativeYearSetting(
  prisma: PrismaClient,
  o: { schoolId: string; schoolYearId?: string; rules?: object; scoringDueOn?: Date | null },
) {
  return prisma.initiativeYearSetting.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: o.schoolYearId ?? (await yearIn(prisma, o.schoolId)).id,
      rules: o.rules ?? {},
      scoringDueOn: o.scoringDueOn === undefined ? new Date('2027-04-15T00:00:00Z') : o.scoringDueOn,
      updatedAt: new Date('2027-02-01T03:00:00Z'),
    },
  });
}
