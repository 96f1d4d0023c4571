// Voting, closing, results. The POST of a ballot is idempotent: a repeated or concurrent submission by the same
// member lands on the same "your vote was recorded" redirect and changes nothing. Results: 403 until closed.
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { findRound } from '../meetings/meetings.queries.ts';
import { whyNotManage, whyNotSeeResults, whyNotVote } from './ballot.policy.ts';
import { castVote, type BallotChoice } from './castVote.ts';
import { closeRound } from './closeRound.ts';
import { readRoundResult } from './roundResultJson.ts';
import { formValues } from '../../http/forms.ts';

const choice = z.enum(['agree', 'disagree']);

/** Registers the ballot routes. */
export function registerBallotRoutes(router: Router, prisma: PrismaClient): void {
  const load = (req: Request) => findRound(prisma, userOf(req).schoolId, paramId(req.params), paramId(req.params, 'roundId'), userOf(req).staffId);

  router.get('/meetings/:id/rounds/:roundId/vote', requirePermission('ballot:cast'), async (req, res) => {
    const round = await load(req);
    const why = whyNotVote(userOf(req), round);
    if (why?.messageKey === 'ballot.refusal.alreadyVoted') {
      flash(req, 'info', 'ballot.recorded');
      return res.redirect(`/meetings/${round.meetingId}`);
    }
    assertAllowed(why);
    res.render('meetings/vote', { title: 'ballot.voteTitle', round, errors: {}, values: {} });
  });

  router.post('/meetings/:id/rounds/:roundId/vote', requirePermission('ballot:cast'), async (req, res) => {
    const round = await load(req);
    const refusal = whyNotVote(userOf(req), round);
    // Already voted (another tab, a double click, a concurrent request): same answer as a first vote.
    const why = refusal?.messageKey === 'ballot.refusal.alreadyVoted' ? refusal : null;
    assertAllowed(why ? null : refusal);
    const body = formValues(req.body);
    const choices = new Map<string, BallotChoice>();
    const errors: Record<string, string> = {};
    for (const n of round.nomineeNames) {
      const parsed = choice.safeParse(body[`n-${n.nominationId}`]);
      if (parsed.success) choices.set(n.nominationId, parsed.data);
      else errors[`n-${n.nominationId}`] = 'ballot.form.markEach';
    }
    if (!why && Object.keys(errors).length > 0) return res.status(422).render('meetings/vote', { title: 'ballot.voteTitle', round, errors, values: body });
    if (!why) await castVote(prisma, commandContext(req), { roundId: round.id, staffId: userOf(req).staffId!, choices });
    flash(req, 'success', 'ballot.recorded');
    res.redirect(`/meetings/${round.meetingId}`);
  });

  router.post('/meetings/:id/rounds/:roundId/close', requirePermission('ballot:manage'), async (req, res) => {
    const round = await load(req);
    assertAllowed(whyNotManage(userOf(req)));
    await closeRound(prisma, commandContext(req), round.id);
    flash(req, 'success', 'ballot.closed');
    res.redirect(`/meetings/${round.meetingId}#round-${round.id}`);
  });

  router.get('/meetings/:id/rounds/:roundId/result', requirePermission('ballot:cast'), async (req, res) => {
    const round = await load(req);
    assertAllowed(whyNotSeeResults(userOf(req), round));
    const result = readRoundResult(round.result)!;
    res.json({
      roundId: round.id,
      code: round.code,
      totalMembers: result.totalMembers,
      participants: round.participants,
      digest: round.digest,
      nominees: result.nominees.map((r) => ({ ...r, name: round.nomineeNames.find((n) => n.nominationId === r.nomineeId)?.name ?? '' })),
    });
  });
}
