// Every model of prisma/schema.prisma → a factory that makes one valid row inside a given school (building the
// parents it needs in that school). tests/http/factories.test.ts fails when a model of the schema is missing here,
// and calls each entry on a fresh school. Adding a model? Add its factory (in the factory file of its area) and
// its line here.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildCouncilMember, buildSchool, buildStaff, buildUser } from './factories.ts';
import {
  buildAwardRecord,
  buildCollective,
  buildCollectiveYearRecord,
  buildDisciplineRecord,
  buildMilestone,
  buildPendingProceeding,
  buildResearchRecord,
  buildRuleParameterOverride,
  buildSchoolYear,
  buildStaffYearRecord,
} from './recordFactories.ts';
import { buildImportBatch, buildMovement, buildNotification, buildPlan, buildRegistration, buildStoredFile } from './visibilityFactories.ts';
import {
  buildAuditEvent,
  buildDocumentCounter,
  buildFrozenEvaluation,
  buildIssuedDocument,
  buildLoginThrottle,
  buildPasswordResetToken,
  buildSession,
} from './platformFactories.ts';
import { buildMovementCollective, buildRegistrationAward, buildRegistrationEvidence, buildRegistrationMovement, yearIn } from './registrationFactories.ts';
import { initiativeIn, buildInitiativeRecusal, buildInitiativeReview, buildInitiativeScore, buildInitiativeYearSetting } from './initiativeReviewFactories.ts';
import {
  buildBallotParticipation,
  buildBallotRound,
  buildBallotTally,
  buildMeetingAttendance,
  buildMeetingRow,
  buildNomination,
  buildNominationApproval,
  buildNominationEvidence,
  buildPaperCount,
  buildRoundEligibility,
  buildRoundNominee,
  buildWrittenOpinionTotal,
} from './ballotFactories.ts';
import { buildAchievementReport, buildDossierExport } from './dossierFactories.ts';
import { buildComplaint, buildPostingComment, buildPublicPosting } from './postingFactories.ts';
import { buildDataVersion, buildFactsVersion, buildRecordCoverage } from './lawFactories.ts';
import { buildAuthoredRuleSet } from './ruleSetFactories.ts';
import { buildYearReport } from './yearReportFactories.ts';
import { buildExemplar } from './exemplarFactories.ts';
import { buildContest, buildContestEntry } from './contestFactories.ts';

/** Makes one row of a model inside the school; returns it (with its schoolId when the model has one). */
export type ModelFactory = (prisma: PrismaClient, school: { schoolId: string }) => Promise<object>;

const staffOf = async (prisma: PrismaClient, schoolId: string) => (await buildStaff(prisma, schoolId)).id;

export const modelFactories: Record<string, ModelFactory> = {
  School: (prisma) => buildSchool(prisma, { years: [] }).then((b) => ({ ...b.school, schoolId: b.school.id })),
  SchoolYear: (prisma, { schoolId }) => buildSchoolYear(prisma, schoolId, 2031),
  Collective: (prisma, { schoolId }) => buildCollective(prisma, { schoolId }),
  Staff: (prisma, { schoolId }) => buildStaff(prisma, schoolId),
  User: (prisma, { schoolId }) => buildUser(prisma, schoolId),
  CouncilDecision: async (prisma, { schoolId }) =>
    buildCouncilMember(prisma, schoolId, (await yearIn(prisma, schoolId)).id, await staffOf(prisma, schoolId), 'council_member'),
  CouncilMembership: async (prisma, { schoolId }) => {
    const decision = await buildCouncilMember(prisma, schoolId, (await yearIn(prisma, schoolId)).id, await staffOf(prisma, schoolId), 'secretary');
    return prisma.councilMembership.findFirstOrThrow({ where: { decisionId: decision.id } });
  },
  AuditEvent: (prisma, { schoolId }) => buildAuditEvent(prisma, { schoolId }),
  Notification: async (prisma, { schoolId }) => buildNotification(prisma, schoolId, (await buildUser(prisma, schoolId)).id),
  Session: (prisma, { schoolId }) => buildSession(prisma, { schoolId }),
  LoginThrottle: (prisma, { schoolId }) => buildLoginThrottle(prisma, { schoolId }),
  PasswordResetToken: (prisma, { schoolId }) => buildPasswordResetToken(prisma, { schoolId }),
  CalendarFeed: async (prisma, { schoolId }) =>
    prisma.calendarFeed.create({ data: { schoolId, userId: (await buildUser(prisma, schoolId)).id, tokenHash: 'a'.repeat(64) } }),
  ImportBatch: async (prisma, { schoolId }) => buildImportBatch(prisma, schoolId, (await buildUser(prisma, schoolId)).id, 'staff'),
  DocumentCounter: (prisma, { schoolId }) => buildDocumentCounter(prisma, { schoolId }),
  IssuedDocument: (prisma, { schoolId }) => buildIssuedDocument(prisma, { schoolId }),
  Plan: (prisma, { schoolId }) => buildPlan(prisma, schoolId, { year: 2027 }),
  PlanVersion: async (prisma, { schoolId }) => {
    const plan = await buildPlan(prisma, schoolId, { year: 2027, published: true });
    return prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
  },
  Movement: (prisma, { schoolId }) => buildMovement(prisma, schoolId),
  MovementCollective: (prisma, { schoolId }) => buildMovementCollective(prisma, { schoolId }),
  StoredFile: async (prisma, { schoolId }) => buildStoredFile(prisma, schoolId, { type: 'Movement', id: (await buildMovement(prisma, schoolId)).id }),
  Milestone: async (prisma, { schoolId }) => buildMilestone(prisma, { schoolYearId: (await yearIn(prisma, schoolId)).id }),
  StaffYearRecord: async (prisma, { schoolId }) => buildStaffYearRecord(prisma, { staffId: await staffOf(prisma, schoolId) }),
  AwardRecord: async (prisma, { schoolId }) => buildAwardRecord(prisma, { staffId: await staffOf(prisma, schoolId) }),
  DisciplineRecord: async (prisma, { schoolId }) => buildDisciplineRecord(prisma, { staffId: await staffOf(prisma, schoolId) }),
  PendingProceedingRecord: async (prisma, { schoolId }) => buildPendingProceeding(prisma, { staffId: await staffOf(prisma, schoolId) }),
  InitiativeRecord: async (prisma, { schoolId }) => prisma.initiativeRecord.findUniqueOrThrow({ where: { id: await initiativeIn(prisma, schoolId) } }),
  InitiativeAuthorRecord: async (prisma, { schoolId }) =>
    prisma.initiativeAuthorRecord.findFirstOrThrow({ where: { initiativeId: await initiativeIn(prisma, schoolId) } }),
  ResearchRecord: async (prisma, { schoolId }) => buildResearchRecord(prisma, { staffId: await staffOf(prisma, schoolId) }),
  CollectiveYearRecord: async (prisma, { schoolId }) => buildCollectiveYearRecord(prisma, { collectiveId: (await buildCollective(prisma, { schoolId })).id }),
  RuleParameterOverride: (prisma, { schoolId }) => buildRuleParameterOverride(prisma, { schoolId }),
  FrozenEvaluation: (prisma, { schoolId }) => buildFrozenEvaluation(prisma, { schoolId }),
  Registration: async (prisma, { schoolId }) => buildRegistration(prisma, schoolId, (await yearIn(prisma, schoolId)).id, await staffOf(prisma, schoolId)),
  RegistrationEvidence: (prisma, { schoolId }) => buildRegistrationEvidence(prisma, { schoolId, withFile: true }),
  RegistrationAward: (prisma, { schoolId }) => buildRegistrationAward(prisma, { schoolId }),
  RegistrationMovement: (prisma, { schoolId }) => buildRegistrationMovement(prisma, { schoolId }),
  InitiativeReview: (prisma, { schoolId }) => buildInitiativeReview(prisma, { schoolId }),
  InitiativeRecusal: (prisma, { schoolId }) => buildInitiativeRecusal(prisma, { schoolId }),
  InitiativeScore: (prisma, { schoolId }) => buildInitiativeScore(prisma, { schoolId }),
  InitiativeYearSetting: (prisma, { schoolId }) => buildInitiativeYearSetting(prisma, { schoolId }),
  Nomination: (prisma, { schoolId }) => buildNomination(prisma, { schoolId }),
  NominationEvidence: (prisma, { schoolId }) => buildNominationEvidence(prisma, { schoolId }),
  Meeting: (prisma, { schoolId }) => buildMeetingRow(prisma, { schoolId }),
  MeetingAttendance: (prisma, { schoolId }) => buildMeetingAttendance(prisma, { schoolId }),
  BallotRound: (prisma, { schoolId }) => buildBallotRound(prisma, { schoolId }),
  RoundNominee: (prisma, { schoolId }) => buildRoundNominee(prisma, { schoolId }),
  RoundEligibility: (prisma, { schoolId }) => buildRoundEligibility(prisma, { schoolId }),
  BallotParticipation: (prisma, { schoolId }) => buildBallotParticipation(prisma, { schoolId }),
  BallotTally: (prisma, { schoolId }) => buildBallotTally(prisma, { schoolId }),
  WrittenOpinionTotal: (prisma, { schoolId }) => buildWrittenOpinionTotal(prisma, { schoolId }),
  PaperCount: (prisma, { schoolId }) => buildPaperCount(prisma, { schoolId }),
  NominationApproval: (prisma, { schoolId }) => buildNominationApproval(prisma, { schoolId }),
  AchievementReport: (prisma, { schoolId }) => buildAchievementReport(prisma, { schoolId }),
  DossierExport: (prisma, { schoolId }) => buildDossierExport(prisma, { schoolId }),
  PublicPosting: (prisma, { schoolId }) => buildPublicPosting(prisma, { schoolId }),
  PostingComment: (prisma, { schoolId }) => buildPostingComment(prisma, { schoolId }),
  Complaint: (prisma, { schoolId }) => buildComplaint(prisma, { schoolId }),
  FactsVersion: (prisma, { schoolId }) => buildFactsVersion(prisma, { schoolId }),
  DataVersion: (prisma, { schoolId }) => buildDataVersion(prisma, { schoolId }),
  RecordCoverage: (prisma, { schoolId }) => buildRecordCoverage(prisma, { schoolId }),
  AuthoredRuleSet: (prisma, { schoolId }) => buildAuthoredRuleSet(prisma, { schoolId }),
  YearReport: (prisma, { schoolId }) => buildYearReport(prisma, { schoolId }),
  Exemplar: (prisma, { schoolId }) => buildExemplar(prisma, { schoolId, state: 'published' }),
  Contest: (prisma, { schoolId }) => buildContest(prisma, { schoolId, state: 'published' }),
  ContestEntry: async (prisma, { schoolId }) =>
    buildContestEntry(prisma, { contest: await buildContest(prisma, { schoolId, state: 'closed' }), score: 87.5, prize: 'nhat' }),
};
