// The council meetings of the hostile-input school (hostileSchool.ts): a meeting with an open round and figures
// awaiting confirmation (the vote, counting and close forms), one whose round is closed (the chair's approval form)
// and one with no round yet (the attendance and open-a-round forms), plus a draft nomination with an evidence file.
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';
import { enterPaperCount } from '../../../src/features/counting/enterPaperCount.ts';
import { enterWrittenOpinions } from '../../../src/features/counting/enterWrittenOpinions.ts';
import { recordPaperReturns } from '../../../src/features/counting/recordPaperReturns.ts';
import { addNominationEvidence } from '../../../src/features/nominations/addNominationEvidence.ts';
import { buildStaff } from '../factories.ts';
import { csrfFrom } from '../testApp.ts';
import type { signedInPerson } from '../workflowFactories.ts';

type Person = Awaited<ReturnType<typeof signedInPerson>>;

/**
 * Two meetings of the council: one with an open round (the vote and close forms), one whose round is closed (the
 * chair's approval form). Rounds are opened and closed through the app, as the secretary would.
 */
export async function buildMeetings(
  prisma: PrismaClient,
  c: { schoolId: string; schoolYearId: string; council: Person[]; nominees: Person[] },
  secretary: Person,
) {
  const roles = ['chair', 'secretary', 'council_member'] as const;
  // A draft nomination (no ballot paper for its title) with an evidence file: the upload and remove forms of its page.
  const draft = await prisma.nomination.create({
    data: {
      schoolId: c.schoolId,
      schoolYearId: c.schoolYearId,
      staffId: c.nominees[0]!.staffId,
      code: 'GIAY_KHEN',
      verdict: { status: 'eligible', summary: '', reasons: [], ruleSetId: null },
      verdictStatus: 'eligible',
    },
  });
  await addNominationEvidence(prisma, { actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') }, draft.id, {
    fileName: 'minh-chung.pdf',
    mimeType: 'application/pdf',
    bytes: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  for (const p of c.nominees) {
    await prisma.nomination.create({
      data: {
        schoolId: c.schoolId,
        schoolYearId: c.schoolYearId,
        staffId: p.staffId,
        code: 'LDTT',
        verdict: { status: 'eligible', summary: '', reasons: [], ruleSetId: null },
        verdictStatus: 'eligible',
      },
    });
  }
  const ids: string[] = [];
  let paperVoter = '';
  for (const heldOn of ['2026-11-20', '2026-11-21', '2026-11-22']) {
    const meeting = await prisma.meeting.create({
      data: {
        schoolId: c.schoolId,
        schoolYearId: c.schoolYearId,
        heldOn: new Date(`${heldOn}T00:00:00Z`),
        startsAt: '14:00',
        place: 'Phòng họp',
        agenda: 'Xét thi đua',
      },
    });
    await prisma.meetingAttendance.createMany({
      data: c.council.map((p, i) => ({ meetingId: meeting.id, schoolId: c.schoolId, staffId: p.staffId, role: roles[Math.min(i, 2)]! })),
    });
    if (heldOn === '2026-11-20') {
      // The counting committee's forms: chair and secretary count; two more members, one absent with a written opinion
      // (five members: four present keep the 80% attendance of an award meeting).
      await prisma.meetingAttendance.updateMany({
        where: { meetingId: meeting.id, staffId: { in: c.council.slice(0, 2).map((p) => p.staffId) } },
        data: { counter: true },
      });
      const [present, absent] = await Promise.all([buildStaff(prisma, c.schoolId), buildStaff(prisma, c.schoolId)]);
      paperVoter = present.id;
      await prisma.meetingAttendance.createMany({
        data: [
          { meetingId: meeting.id, schoolId: c.schoolId, staffId: present.id, role: 'council_member' },
          {
            meetingId: meeting.id,
            schoolId: c.schoolId,
            staffId: absent.id,
            role: 'council_member',
            present: false,
            absenceReason: 'Ốm',
            writtenOpinion: true,
          },
        ],
      });
    }
    ids.push(meeting.id);
    if (heldOn === '2026-11-22') continue; // no round yet: the attendance and open-a-round forms
    const page = await secretary.agent.get(`/meetings/${meeting.id}`);
    const opened = await secretary.agent
      .post(`/meetings/${meeting.id}/rounds`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), code: 'LDTT', mode: 'screen', quota: '' });
    if (opened.status !== 302) throw new Error(`hostile school: opening a round answered ${opened.status}`);
  }
  // Figures typed by the secretary and awaiting the chair's confirmation (the confirm forms of the counting page).
  const counted = await prisma.ballotRound.findFirstOrThrow({ where: { meetingId: ids[0] } });
  const ctx = { actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') };
  const nominees = (await prisma.roundNominee.findMany({ where: { roundId: counted.id } })).map((n) => n.nominationId);
  // A paper return recorded (its undo form) and a batch awaiting confirmation (its confirm and discard forms).
  // Two returns and a batch of one: the batch form stays offered, and the undo form names no crawler.
  await recordPaperReturns(prisma, ctx, counted.id, [c.council[2]!.staffId, paperVoter]);
  await enterPaperCount(prisma, ctx, counted.id, c.council[1]!.staffId, {
    papers: 1,
    ballotsIssued: 1,
    ballotsValid: 1,
    totals: new Map(nominees.map((n) => [n, { agree: 1, disagree: 0, blank: 0 }])),
  });
  await enterWrittenOpinions(prisma, ctx, counted.id, c.council[1]!.staffId, new Map(nominees.map((n) => [n, { agree: 1, disagree: 0 }])));
  const closing = await prisma.ballotRound.findFirstOrThrow({ where: { meetingId: ids[1] } });
  const page = await secretary.agent.get(`/meetings/${ids[1]}`);
  const closed = await secretary.agent
    .post(`/meetings/${ids[1]}/rounds/${closing.id}/close`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text) });
  if (closed.status !== 302) throw new Error(`hostile school: closing a round answered ${closed.status}`);
  return {
    pages: ids.map((id) => `/meetings/${id}`),
    closedMeetingId: ids[1]!,
    countingPage: `/meetings/${ids[0]}/rounds/${counted.id}/counting`,
    draftNominationPage: `/nominations/${draft.id}`,
  };
}
