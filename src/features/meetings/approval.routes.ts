// The chair reviews the voted list (eligibility, votes, quota position, who decides) and approves it with one
// confirmation. Approving twice has one effect; the approved list is frozen.
import type { Request, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { whyNotApprove } from './approval.policy.ts';
import { approveMeeting } from './approveMeeting.ts';
import { findMeeting } from './meetings.queries.ts';
import { chairOrderForm } from './meetings.schemas.ts';
import { votedList } from './votedList.ts';

/** Registers the approval routes. */
export function registerApprovalRoutes(router: Router, prisma: PrismaClient): void {
  const load = async (req: Request) => {
    const { meeting } = await findMeeting(prisma, userOf(req).schoolId, paramId(req.params));
    const [rounds, approval] = await Promise.all([
      prisma.ballotRound.findMany({ where: { meetingId: meeting.id }, select: { status: true } }),
      prisma.nominationApproval.findUnique({ where: { meetingId: meeting.id } }),
    ]);
    return { meeting, rounds, approval };
  };

  router.get('/meetings/:id/approve', requirePermission('nomination:approve'), async (req, res) => {
    const { meeting, rounds, approval } = await load(req);
    if (approval) return res.redirect(`/meetings/${meeting.id}`);
    assertAllowed(whyNotApprove(userOf(req), { rounds, approved: false }));
    const order = chairOrderForm.safeParse(req.query);
    const items = await votedList(prisma, userOf(req).schoolId, meeting.id, order.success ? order.data.order : []);
    res.render('meetings/approve', { title: 'approval.title', meeting, items, chairOrder: order.success ? order.data.order : [] });
  });

  router.post('/meetings/:id/approve', requirePermission('nomination:approve'), async (req, res) => {
    const { meeting, rounds, approval } = await load(req);
    assertAllowed(whyNotApprove(userOf(req), { rounds, approved: false }));
    const order = chairOrderForm.safeParse(req.body);
    // A second approval (double click, two tabs) finds the first inside the command and changes nothing.
    await approveMeeting(prisma, commandContext(req), meeting.id, order.success ? order.data.order : []);
    flash(req, 'success', approval ? 'approval.already' : 'approval.done');
    res.redirect(`/meetings/${meeting.id}`);
  });
}
