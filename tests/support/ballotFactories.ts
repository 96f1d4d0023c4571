// One-row factories for nominations, meetings and the secret ballot, for tests that need a single row rather than
// a whole council (ballotFixtures.ts). Parents not given are built inside the same school; counters never name a
// member (security.md §4), so the factories of BallotTally and the totals take no member.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildStaff, buildUser } from './factories.ts';
import { yearIn } from './registrationFactories.ts';
import { buildStoredFile } from './visibilityFactories.ts';

type In = { schoolId: string };

/** A proposed, eligible nomination of a new staff member (or of `staffId`) for `code`. */
export async function buildNomination(prisma: PrismaClient, o: In & { schoolYearId?: string; staffId?: string; code?: string }) {
  const verdictStatus = 'eligible';
  return prisma.nomination.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: o.schoolYearId ?? (await yearIn(prisma, o.schoolId)).id,
      staffId: o.staffId ?? (await buildStaff(prisma, o.schoolId)).id,
      code: o.code ?? 'LDTT',
      verdict: { status: verdictStatus, summary: '', reasons: [], ruleSetId: null },
      verdictStatus,
    },
  });
}

/** A file attached to a nomination as evidence (a StoredFile owned by the nomination, built when not given). */
export async function buildNominationEvidence(prisma: PrismaClient, o: In & { nominationId?: string; fileId?: string }) {
  const nominationId = o.nominationId ?? (await buildNomination(prisma, o)).id;
  const fileId = o.fileId ?? (await buildStoredFile(prisma, o.schoolId, { type: 'Nomination', id: nominationId })).id;
  return prisma.nominationEvidence.create({ data: { schoolId: o.schoolId, nominationId, fileId } });
}

/** A planned council meeting on 20/11 of the school year. */
export async function buildMeetingRow(prisma: PrismaClient, o: In & { schoolYearId?: string }) {
  const year = o.schoolYearId ? await prisma.schoolYear.findUniqueOrThrow({ where: { id: o.schoolYearId } }) : await yearIn(prisma, o.schoolId);
  return prisma.meeting.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: year.id,
      heldOn: new Date(Date.UTC(year.startYear, 10, 20)),
      startsAt: '14:00',
      place: 'Phòng họp',
      agenda: 'Xét thi đua',
    },
  });
}

/** A member on a meeting's roll (present unless told). */
export async function buildMeetingAttendance(prisma: PrismaClient, o: In & { meetingId?: string; staffId?: string; present?: boolean }) {
  return prisma.meetingAttendance.create({
    data: {
      schoolId: o.schoolId,
      meetingId: o.meetingId ?? (await buildMeetingRow(prisma, o)).id,
      staffId: o.staffId ?? (await buildStaff(prisma, o.schoolId)).id,
      role: 'council_member',
      present: o.present ?? true,
      absenceReason: o.present === false ? 'Đi công tác' : null,
    },
  });
}

/** An open round for `code` at a meeting, > 50% of `totalMembers` to pass. */
export async function buildBallotRound(prisma: PrismaClient, o: In & { meetingId?: string; code?: string; totalMembers?: number }) {
  return prisma.ballotRound.create({
    data: {
      schoolId: o.schoolId,
      meetingId: o.meetingId ?? (await buildMeetingRow(prisma, o)).id,
      code: o.code ?? 'LDTT',
      totalMembers: o.totalMembers ?? 5,
      thresholdPct: 50,
      strict: true,
      writtenCount: true,
      legalBasis: 'Luật Thi đua, khen thưởng 2022',
      openedAt: new Date('2026-11-20T07:00:00Z'),
    },
  });
}

const roundIn = async (prisma: PrismaClient, o: In & { roundId?: string }) => o.roundId ?? (await buildBallotRound(prisma, o)).id;
const nominationIn = async (prisma: PrismaClient, o: In & { nominationId?: string }) => o.nominationId ?? (await buildNomination(prisma, o)).id;
const staffIn = async (prisma: PrismaClient, o: In & { staffId?: string }) => o.staffId ?? (await buildStaff(prisma, o.schoolId)).id;

/** A nominee on a round's paper. */
export async function buildRoundNominee(prisma: PrismaClient, o: In & { roundId?: string; nominationId?: string; position?: number }) {
  return prisma.roundNominee.create({
    data: { schoolId: o.schoolId, roundId: await roundIn(prisma, o), nominationId: await nominationIn(prisma, o), position: o.position ?? 0 },
  });
}

/** A member who may vote in a round. */
export async function buildRoundEligibility(prisma: PrismaClient, o: In & { roundId?: string; staffId?: string }) {
  return prisma.roundEligibility.create({ data: { schoolId: o.schoolId, roundId: await roundIn(prisma, o), staffId: await staffIn(prisma, o) } });
}

/** THAT a member returned a ballot in a round (never what was chosen). */
export async function buildBallotParticipation(prisma: PrismaClient, o: In & { roundId?: string; staffId?: string; channel?: 'screen' | 'paper' }) {
  return prisma.ballotParticipation.create({
    data: { schoolId: o.schoolId, roundId: await roundIn(prisma, o), staffId: await staffIn(prisma, o), channel: o.channel ?? 'screen' },
  });
}

/** An aggregate counter of one option for one nominee of a round. */
export async function buildBallotTally(
  prisma: PrismaClient,
  o: In & { roundId?: string; nominationId?: string; option?: 'agree' | 'disagree' | 'blank'; count?: number },
) {
  return prisma.ballotTally.create({
    data: {
      schoolId: o.schoolId,
      roundId: await roundIn(prisma, o),
      nominationId: await nominationIn(prisma, o),
      option: o.option ?? 'agree',
      count: o.count ?? 1,
    },
  });
}

/** Absent members' written opinions on one nominee, entered (and not yet confirmed). */
export async function buildWrittenOpinionTotal(prisma: PrismaClient, o: In & { roundId?: string; nominationId?: string; agree?: number; disagree?: number }) {
  return prisma.writtenOpinionTotal.create({
    data: {
      schoolId: o.schoolId,
      roundId: await roundIn(prisma, o),
      nominationId: await nominationIn(prisma, o),
      agree: o.agree ?? 1,
      disagree: o.disagree ?? 0,
      enteredById: await staffIn(prisma, o),
    },
  });
}

/** A batch of paper ballots counted by the committee (not yet confirmed). */
export async function buildPaperCount(prisma: PrismaClient, o: In & { roundId?: string; nominationId?: string }) {
  const nominationId = await nominationIn(prisma, o);
  return prisma.paperCount.create({
    data: {
      schoolId: o.schoolId,
      roundId: await roundIn(prisma, o),
      papers: 2,
      ballotsIssued: 2,
      ballotsValid: 2,
      totals: [{ nominationId, agree: 1, disagree: 1, blank: 0 }],
      enteredById: await staffIn(prisma, o),
    },
  });
}

/** The chair's approval of a meeting's list (frozen: no UPDATE or DELETE afterwards). */
export async function buildNominationApproval(prisma: PrismaClient, o: In & { meetingId?: string; approvedById?: string }) {
  return prisma.nominationApproval.create({
    data: {
      schoolId: o.schoolId,
      meetingId: o.meetingId ?? (await buildMeetingRow(prisma, o)).id,
      approvedById: o.approvedById ?? (await buildUser(prisma, o.schoolId)).id,
      approvedAt: new Date('2026-11-21T03:00:00Z'),
      list: { items: [], documents: [], chairOrder: [] },
    },
  });
}
