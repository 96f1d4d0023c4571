// The school the hostile-input suite attacks, built with factories (no demo seed): every record in the state that
// makes each POST form of the app appear on some page, and the people who see those pages. A new POST route needs
// its form reachable here: add the record (in the state that shows the form) and, if no link leads to its page, the
// page to `startPages` of the person who sees it.
import { createHash, randomBytes } from 'node:crypto';
import type { Express } from 'express';
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';
import { buildCouncilMember, buildPerson, buildStaff } from '../factories.ts';
import { buildInitiative } from '../initiativeFactories.ts';
import { staffRows, workbookOf } from '../staffWorkbooks.ts';
import { csrfFrom } from '../testApp.ts';
import { buildMovement, buildNotification, buildPlan } from '../visibilityFactories.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../workflowFactories.ts';
import { historyWorkbook } from '../../unit/history-import/historyFixtures.ts';
import { buildHostileDossier } from './hostileDossier.ts';
import { buildMeetings } from './hostileMeetings.ts';
import { buildHostilePosting } from './hostilePosting.ts';
import { buildAuthoredRuleSet } from '../ruleSetFactories.ts';
import { buildYearReport } from '../yearReportFactories.ts';
import { buildContest, buildContestEntry } from '../contestFactories.ts';
import { buildExemplar, buildExemplarPhoto } from '../exemplarFactories.ts';

type Person = Awaited<ReturnType<typeof signedInPerson>>;

/** Who crawls the app in the hostile suite, and from which pages (the chair from every list page, the others their own). */
export interface Crawler {
  label: string;
  person: Person | null; // null: anonymous
  startPages: string[];
  /** Pages reached by posting a form (a confirmation step), whose forms are baselines too. */
  postedPages?: Array<{ path: string; body: Record<string, string | string[]> }>;
}

const COMMON_PAGES = [
  '/',
  '/plans',
  '/movements',
  '/calendar/2026',
  '/registrations',
  '/registrations/review',
  '/registrations/summary',
  '/registrations/late',
  '/staff',
  '/staff/new',
  '/staff/import',
  '/collectives',
  '/collectives/new',
  '/council',
  '/council/2026/decisions/new',
  '/admin/users',
  '/admin/school',
  '/rules',
  '/eligibility',
  '/eligibility/2025',
  '/register',
  '/notifications',
  '/history/import',
  '/account/password',
  '/initiatives',
  '/initiatives/progress',
  '/initiatives/council',
  '/nominations',
  '/meetings',
];

/** Builds the school and signs its people in on `app`; returns the crawlers and the ids never to attack. */
export async function buildHostileSchool(prisma: PrismaClient, app: Express) {
  const w = await buildWorkflowSchool(prisma);
  const schoolId = w.school.id;
  const year = w.year;
  const chair = await signedInPerson(app, prisma, schoolId, { role: 'chair', schoolYearId: year.id });
  const secretary = await signedInPerson(app, prisma, schoolId, { role: 'secretary', schoolYearId: year.id });
  const reviewer = await signedInPerson(app, prisma, schoolId, { role: 'initiative_council', schoolYearId: year.id });
  await buildCouncilMember(prisma, schoolId, year.id, reviewer.staffId, 'council_member');
  const admin = await signedInPerson(app, prisma, schoolId, { isAdmin: true });
  const teacher = await signedInPerson(app, prisma, schoolId, { leads: true });
  // Someone nobody signs in as: the target of the admin's reset and disable forms.
  const bystander = await buildPerson(prisma, schoolId, { fullName: 'Đặng Văn Khách' });

  const draftPlan = await buildPlan(prisma, schoolId, { year: 2027 });
  const submittedPlan = await buildPlan(prisma, schoolId, { year: 2028 });
  await prisma.plan.update({ where: { id: submittedPlan.id }, data: { status: 'submitted', submittedAt: new Date('2026-11-20T03:00:00Z') } });
  const movement = await buildMovement(prisma, schoolId, { status: 'launched' });
  await buildMovement(prisma, schoolId);

  const teacherReg = await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: teacher.staffId, status: 'approved' });
  const pending = [
    await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: bystander.staff.id, status: 'submitted' }),
    await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: reviewer.staffId, status: 'submitted' }),
  ];
  const chairDraft = await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: chair.staffId, status: 'draft' });
  // A member of the teacher's group with an approved registration: the leader's progress form.
  const member = await buildPerson(prisma, schoolId, { fullName: 'Vũ Thị Thành Viên' });
  const group = await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: teacher.staffId } });
  await prisma.staff.update({ where: { id: member.staff.id }, data: { collectiveId: group.id } });
  const memberReg = await buildRegistration(prisma, { schoolId, schoolYearId: year.id, staffId: member.staff.id, status: 'approved' });
  await issueSummary(chair);
  for (const p of [chair, secretary, teacher, admin]) await buildNotification(prisma, schoolId, p.userId);

  const staffBatch = await prisma.importBatch.create({
    data: { schoolId, userId: chair.userId, kind: 'staff', fileName: 'nhan-su.xlsx', content: new Uint8Array(await workbookOf(staffRows(2, []))) },
  });
  await buildStaff(prisma, schoolId, { code: 'HS001' });
  const history = await historyWorkbook({ 'Hồ sơ năm học': [['HS001', '2024-2025', 'HTTNV', 12, 0, 0, null, 'Có']] });
  const historyBatch = await prisma.importBatch.create({
    data: { schoolId, userId: chair.userId, kind: 'history', fileName: 'qua-trinh.xlsx', content: new Uint8Array(history) },
  });

  const authors = [{ staffId: teacher.staffId, sharePct: 100 }];
  const draftInitiative = await buildInitiative(prisma, { schoolId, schoolYear: year, status: 'draft', authors });
  const submittedInitiative = await buildInitiative(prisma, { schoolId, schoolYear: year, status: 'submitted', authors });
  const reviewedInitiative = await buildInitiative(prisma, { schoolId, schoolYear: year, status: 'under_review', authors });
  await prisma.initiativeReview.create({
    data: {
      schoolId,
      initiativeId: reviewedInitiative.id,
      reviewerStaffId: reviewer.staffId,
      assignedById: chair.userId,
      assignedAt: new Date('2026-11-21T03:00:00Z'),
    },
  });
  const recognised = await buildInitiative(prisma, { schoolId, schoolYear: year, status: 'recognised', authors });
  // Proposed to the upper level (issue 12): its page and the proposals page carry the city-decision form.
  const proposed = await buildInitiative(prisma, { schoolId, schoolYear: year, status: 'recognised', authors });
  await prisma.initiativeRecord.update({
    where: { id: proposed.id },
    data: { proposedUpward: true, proposedOn: new Date('2027-06-05T00:00:00Z'), proposalNumber: '12/TTr-TH' },
  });

  const meetings = await buildMeetings(
    prisma,
    { schoolId, schoolYearId: year.id, council: [chair, secretary, reviewer], nominees: [teacher, reviewer] },
    secretary,
  );
  const dossierPages = await buildHostileDossier(prisma, schoolId, year.startYear);
  const posting = await buildHostilePosting(prisma, { schoolId, schoolYearId: year.id, chairUserId: chair.userId, teacherUserId: teacher.userId });
  // The chair's calendar address (the revoke form), a draft yearly report (edit, refresh, issue) and a candidate
  // rule set written in the app (its editor's forms).
  await prisma.calendarFeed.create({ data: { schoolId, userId: chair.userId, tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex') } });
  await buildYearReport(prisma, { schoolId, startYear: year.startYear });
  const draftExemplar = await buildExemplar(prisma, { schoolId, schoolYearId: year.id });
  const publishedExemplar = await buildExemplar(prisma, { schoolId, schoolYearId: year.id, state: 'consented' });
  await prisma.exemplar.update({ where: { id: publishedExemplar.id }, data: { status: 'published', publishedAt: new Date(), publishedById: chair.userId } });
  await buildExemplarPhoto(prisma, draftExemplar);
  const consentedExemplar = await buildExemplar(prisma, { schoolId, schoolYearId: year.id, state: 'consented' });
  // Writing contests (issue 15 §4): a draft (edit, open), an open one with the teacher's entry (close, the chair's
  // submit form, the teacher's edit and withdraw forms) and one being judged with every entry scored (score, publish).
  const draftContest = await buildContest(prisma, { schoolId, schoolYearId: year.id });
  const openContest = await buildContest(prisma, { schoolId, schoolYearId: year.id, state: 'open' });
  const teacherEntry = await buildContestEntry(prisma, { contest: openContest, authorStaffId: teacher.staffId });
  const judgedContest = await buildContest(prisma, { schoolId, schoolYearId: year.id, state: 'closed' });
  await buildContestEntry(prisma, { contest: judgedContest, score: 80, prize: 'nhat' });
  const authoredRuleSet = await buildAuthoredRuleSet(prisma, { schoolId, createdBy: admin.userId });
  // An active copy (same content as rule set 2, so no verdict changes) whose page carries the "ngừng áp dụng" form.
  const activeAuthoredRuleSet = await buildAuthoredRuleSet(prisma, { schoolId, createdBy: admin.userId, state: 'active', effectiveFrom: '2040-09-01' });
  const rawReset = randomBytes(24).toString('base64url');
  await prisma.passwordResetToken.create({
    data: {
      schoolId,
      userId: bystander.user.id,
      tokenHash: createHash('sha256').update(rawReset).digest('hex'),
      expiresAt: new Date('2099-01-01T00:00:00Z'),
      createdBy: admin.userId,
    },
  });

  const pages = {
    chair: [
      ...COMMON_PAGES,
      `/plans/${draftPlan.id}`,
      `/plans/${submittedPlan.id}`,
      `/plans/${submittedPlan.id}/approve`,
      `/movements/${movement.id}`,
      `/staff/import/${staffBatch.id}`,
      `/history/import/${historyBatch.id}`,
      `/initiatives/${submittedInitiative.id}`,
      `/initiatives/${recognised.id}`,
      `/initiatives/${proposed.id}`,
      '/initiatives/proposed',
      ...meetings.pages,
      meetings.countingPage,
      meetings.draftNominationPage,
      '/nominations/new',
      `/meetings/${meetings.closedMeetingId}/approve`,
      `/registrations/${chairDraft.id}`,
      `/registrations/${pending[0]!.id}`,
      ...posting.staffPages,
      '/calendar/feed',
      `/year-reports/${year.startYear}`,
      `/year-reports/${year.startYear - 1}`, // no report yet: the form that starts one
      '/exemplars',
      '/exemplars/new',
      `/exemplars/${draftExemplar.id}`,
      `/exemplars/${draftExemplar.id}/edit`,
      `/exemplars/${publishedExemplar.id}`,
      `/exemplars/${consentedExemplar.id}`,
      '/contests',
      '/contests/new',
      `/contests/${draftContest.id}`,
      `/contests/${draftContest.id}/edit`,
      `/contests/${openContest.id}`,
      `/contests/${judgedContest.id}`,
    ],
    secretary: ['/registrations/new', '/registrations/late', ...dossierPages, ...meetings.pages],
    admin: [
      '/admin/users',
      '/admin/school',
      '/rules',
      '/staff',
      '/collectives',
      '/account/password',
      `/admin/users/${bystander.user.id}`,
      `/staff/${bystander.staff.id}/edit`,
      '/staff/new',
      '/collectives/new',
      `/collectives/${group.id}/edit`,
      '/rules/authored/new',
      `/rules/authored/${authoredRuleSet.id}`,
      `/rules/authored/${authoredRuleSet.id}/titles/CSTDCS`,
      `/rules/authored/${authoredRuleSet.id}/parameters`,
      `/rules/authored/${authoredRuleSet.id}/authorities`,
      `/rules/authored/${authoredRuleSet.id}/dossier`,
      `/rules/authored/${activeAuthoredRuleSet.id}`,
    ],
    teacher: [
      '/registrations/new',
      '/initiatives/new',
      `/registrations/${teacherReg.id}?view=1`,
      `/registrations/${memberReg.id}?view=1`,
      `/initiatives/${draftInitiative.id}`,
      `/initiatives/${submittedInitiative.id}`,
      `/contests/${openContest.id}/entries/${teacherEntry.id}`,
    ],
    reviewer: [`/initiatives/${reviewedInitiative.id}`, `/initiatives/${reviewedInitiative.id}/score`, ...meetings.pages],
  };
  const crawlers: Crawler[] = [
    {
      label: 'chair',
      person: chair,
      startPages: pages.chair,
      postedPages: [{ path: '/registrations/review/confirm', body: { ids: pending.map((r) => r.id) } }],
    },
    { label: 'admin', person: admin, startPages: pages.admin },
    { label: 'secretary', person: secretary, startPages: pages.secretary },
    { label: 'teacher', person: teacher, startPages: pages.teacher },
    { label: 'initiative reviewer', person: reviewer, startPages: pages.reviewer },
    { label: 'anonymous', person: null, startPages: ['/login', `/reset/${rawReset}`, posting.publicPage] },
  ];
  const protectedIds = [chair, secretary, reviewer, admin, teacher].flatMap((p) => [p.userId, p.staffId]);
  return { school: w.school, year, crawlers, protectedIds, movementId: movement.id };
}

/** Issues the first registration summary (its page then offers a new version), as the chair would. */
async function issueSummary(chair: Person) {
  const page = await chair.agent.get('/registrations/summary');
  const issued = await chair.agent
    .post('/registrations/summary.pdf')
    .type('form')
    .send({ _csrf: csrfFrom(page.text) });
  if (issued.status >= 400) throw new Error(`hostile school: issuing the summary answered ${issued.status}`);
}
