// Command: the chair approves the voted list of a meeting. Under the meeting's row lock: approving twice has one
// effect (the second finds the approval and returns it). The list is frozen in NominationApproval (no UPDATE or
// DELETE, see the migration's trigger) and each nomination becomes approved or not_approved (then immutable too).
// Titles the school decides get a numbered quyết định; the others a numbered tờ trình to each deciding body, with
// its snapshot (features/dossiers/dossierSubmission.ts).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { issueDocumentNumber } from '../register/issueDocumentNumber.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { issueAwardDecision } from './issueAwardDecision.ts';
import { loadMinutesData } from './minutesData.ts';
import { votedList } from './votedList.ts';
import { snapshotSubmission, submissionModel, submissionTitle } from '../dossiers/dossierSubmission.ts';
import { loadDossierInput } from '../dossiers/loadDossierInput.ts';

/** Approves the meeting's voted list; returns the approval id. */
export async function approveMeeting(prisma: PrismaClient, ctx: CommandContext, meetingId: string, chairOrder: readonly string[] = []): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    const done = await tx.nominationApproval.findUnique({ where: { meetingId } });
    if (done) return done.id;
    const rounds = await tx.ballotRound.findMany({ where: { meetingId }, select: { status: true } });
    if (rounds.length === 0) throw new AppError('conflict', 'approval.refusal.noRounds');
    if (rounds.some((r) => r.status !== 'closed')) throw new AppError('conflict', 'approval.refusal.roundsOpen');
    const list = await votedList(tx, schoolId, meetingId, chairOrder);
    if (list.some((i) => i.tieAtLine)) throw new AppError('conflict', 'approval.refusal.tieAtLine');
    const approved = list.filter((i) => i.passed && i.withinQuota);
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const docs: Array<{ id: string; symbol: string; kind: 'decision' | 'proposal'; receiver?: string }> = [];
    // Where the school is competent: the numbered quyết định with its snapshot (PDF and DOCX render from it).
    const decided = approved.filter((i) => i.outcome === 'decision');
    if (decided.length > 0) {
      const doc = await issueAwardDecision(tx, ctx, meeting, decided);
      docs.push({ id: doc.id, symbol: doc.symbol, kind: 'decision' });
    }
    // Otherwise the list is proposed to the deciding bodies: one tờ trình each, listing only what that body decides,
    // numbered here; its text is snapshot below, once the list is frozen (it is the dossier's first part).
    const year = await tx.schoolYear.findUniqueOrThrow({ where: { id: meeting.schoolYearId } });
    const bodies = [...new Set(approved.filter((i) => i.outcome === 'proposal').map((i) => i.decides))].sort((a, b) => a.localeCompare(b, 'vi'));
    for (const receiver of bodies) {
      const doc = await issueDocumentNumber(tx, ctx, {
        type: 'TTr',
        title: submissionTitle(year.startYear, receiver),
        issuedOn: vietnamDay(ctx.now),
        issuerCode: COUNCIL_ISSUER_CODE,
        subject: 'Meeting',
        subjectId: meetingId,
      });
      docs.push({ id: doc.id, symbol: doc.symbol, kind: 'proposal', receiver });
    }
    const frozen = JSON.parse(JSON.stringify({ items: list, documents: docs, chairOrder })) as object;
    const approval = await tx.nominationApproval.create({
      data: { schoolId, meetingId, approvedById: ctx.actor.id!, approvedAt: ctx.now, list: frozen },
    });
    const ids = (pred: (i: (typeof list)[number]) => boolean) => list.filter(pred).map((i) => i.nominationId);
    await tx.nomination.updateMany({ where: { schoolId, id: { in: ids((i) => i.passed && i.withinQuota) } }, data: { status: 'approved' } });
    await tx.nomination.updateMany({ where: { schoolId, id: { in: ids((i) => !(i.passed && i.withinQuota)) } }, data: { status: 'not_approved' } });
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'approved' } });
    // The minutes are numbered with the approval and keep the data they were drawn from (the snapshot).
    const minutes = await issueDocumentNumber(tx, ctx, {
      type: 'BB',
      title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
      issuedOn: vietnamDay(ctx.now),
      issuerCode: COUNCIL_ISSUER_CODE,
      subject: 'Meeting',
      subjectId: meetingId,
    });
    const model = await loadMinutesData(tx, schoolId, meetingId, minutes.symbol);
    await tx.issuedDocument.update({
      where: { id: minutes.id },
      data: { snapshot: JSON.parse(JSON.stringify({ version: 1, kind: 'councilMeetingMinutes', model })) as object },
    });
    for (const doc of docs.filter((d) => d.kind === 'proposal')) {
      const { input, ruleSet } = await loadDossierInput(tx, { schoolId, startYear: year.startYear, receiver: doc.receiver, version: 0, evidence: false });
      await snapshotSubmission(tx, doc.id, submissionModel(input, ruleSet));
    }
    await recordEvent(tx, ctx, {
      action: 'meeting.approve',
      subject: 'Meeting',
      subjectId: meetingId,
      after: { approved: approved.map((i) => i.nominationId), documents: [...docs.map((d) => d.symbol), minutes.symbol], chairOrder },
    });
    return approval.id;
  });
}
