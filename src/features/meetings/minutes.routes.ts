// Minutes downloads: the biên bản họp (the issued snapshot once the chair approved, a DỰ THẢO from live data before)
// and each closed round's biên bản kiểm phiếu. PDF and DOCX from the same document model.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CouncilMeetingDocData } from '../../documents/council/councilMeetingData.ts';
import { meetingMinutesDocument } from '../../documents/council/meetingMinutesDocument.ts';
import { voteCountDocument } from '../../documents/council/voteCountDocument.ts';
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { AppError } from '../../errors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { renderIssuedDocument } from '../register/renderIssuedDocument.ts';
import { findMeeting } from './meetings.queries.ts';
import { loadMinutesData } from './minutesData.ts';

const format = z.enum(['pdf', 'docx']);
const snapshotSchema = z.object({
  version: z.literal(1),
  kind: z.literal('councilMeetingMinutes'),
  model: z.custom<CouncilMeetingDocData>((v) => typeof v === 'object' && v !== null),
});

async function send(res: Response, doc: OfficialDocument, fmt: 'pdf' | 'docx', fileName: string) {
  const pdf = fmt === 'pdf';
  const body = pdf ? await renderPdf(doc) : await renderDocx(doc);
  res.setHeader('Content-Type', pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}.${fmt}"`);
  res.send(body);
}

/** Registers the minutes routes. */
export function registerMinutesRoutes(router: Router, prisma: PrismaClient): void {
  const data = async (req: Request) => {
    const { meeting } = await findMeeting(prisma, userOf(req).schoolId, paramId(req.params));
    const issued = await prisma.issuedDocument.findFirst({ where: { schoolId: userOf(req).schoolId, subject: 'Meeting', subjectId: meeting.id, type: 'BB' } });
    const snap = issued ? snapshotSchema.safeParse(issued.snapshot) : null;
    return snap?.success ? snap.data.model : loadMinutesData(prisma, userOf(req).schoolId, meeting.id);
  };

  router.get('/meetings/:id/minutes.:format', requirePermission('ballot:cast'), async (req, res) => {
    const fmt = format.safeParse(req.params.format);
    if (!fmt.success) throw new AppError('not_found', 'error.notFound.body');
    const d = await data(req);
    if (d.rounds.length === 0) throw new AppError('conflict', 'approval.refusal.noRounds');
    await send(res, meetingMinutesDocument(d), fmt.data, 'bien-ban-hop-hdtdkt');
  });

  // The quyết định khen thưởng issued with the approval (where the school decides), drawn from its snapshot.
  router.get('/meetings/:id/decision.:format', requirePermission('ballot:cast'), async (req, res) => {
    const fmt = format.safeParse(req.params.format);
    if (!fmt.success) throw new AppError('not_found', 'error.notFound.body');
    const { meeting } = await findMeeting(prisma, req.user!.schoolId, paramId(req.params));
    const issued = await prisma.issuedDocument.findFirst({ where: { schoolId: req.user!.schoolId, subject: 'Meeting', subjectId: meeting.id, type: 'QĐ' } });
    if (!issued) throw new AppError('not_found', 'error.notFound.body');
    const file = await renderIssuedDocument(issued, fmt.data);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="quyet-dinh-khen-thuong.${fmt.data}"`);
    res.send(file.bytes);
  });

  router.get('/meetings/:id/rounds/:roundId/count.:format', requirePermission('ballot:cast'), async (req, res) => {
    const fmt = format.safeParse(req.params.format);
    if (!fmt.success) throw new AppError('not_found', 'error.notFound.body');
    const round = await prisma.ballotRound.findFirst({
      where: { id: paramId(req.params, 'roundId'), meetingId: paramId(req.params), schoolId: userOf(req).schoolId },
    });
    if (!round) throw new AppError('not_found', 'error.notFound.body');
    if (round.status !== 'closed') throw new AppError('forbidden', 'ballot.refusal.resultsHidden');
    const d = await data(req);
    const closed = await prisma.ballotRound.findMany({
      where: { meetingId: round.meetingId, status: 'closed' },
      orderBy: { openedAt: 'asc' },
      select: { id: true },
    });
    const r = d.rounds[closed.findIndex((x) => x.id === round.id)];
    if (!r) throw new AppError('not_found', 'error.notFound.body');
    await send(res, voteCountDocument(d, r), fmt.data, 'bien-ban-kiem-phieu');
  });
}
