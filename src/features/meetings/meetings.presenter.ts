// The meeting page's view model: roll, quorum, rounds (counts only for closed rounds), who may do what.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { checkQuorum, meetingRuleOf } from '../../domain/ballot/quorum.ts';
import { thresholdLabel } from '../../domain/ballot/voteRule.ts';
import { whyNotManage, whyNotSeeResults, whyNotVote } from '../ballot/ballot.policy.ts';
import { readRoundResult } from '../ballot/roundResultJson.ts';
import { ruleSetOn } from './meetingRules.ts';
import type { findMeeting, roundsOf, titlesToOpen } from './meetings.queries.ts';

type Meeting = Awaited<ReturnType<typeof findMeeting>>['meeting'];
type Roll = Awaited<ReturnType<typeof findMeeting>>['roll'];
type Rounds = Awaited<ReturnType<typeof roundsOf>>;

/** Everything meetings/show.ejs draws. */
export async function meetingPage(
  prisma: PrismaClient,
  user: CurrentUser,
  meeting: Meeting,
  roll: Roll,
  rounds: Rounds,
  titles: Awaited<ReturnType<typeof titlesToOpen>>,
  approval: { id: string; approvedAt: Date } | null,
) {
  const ruleSet = await ruleSetOn(prisma, user.schoolId, meeting.heldOn);
  const meetingRule = meetingRuleOf(ruleSet);
  const present = roll.filter((r) => r.present).length;
  const quorum = checkQuorum(meetingRule, roll.length, present);
  const councilIds = new Set(roll.map((r) => r.staffId));
  const roundViews = rounds.map((r) => {
    const result = whyNotSeeResults(user, r) === null ? readRoundResult(r.result) : null;
    return {
      id: r.id,
      code: r.code,
      mode: r.mode,
      status: r.status,
      threshold: thresholdLabel({ thresholdPct: Number(r.thresholdPct), strict: r.strict }),
      legalBasis: r.legalBasis,
      quota: r.quota,
      returned: r._count.participated,
      eligible: r._count.eligible,
      voted: r.voted,
      canVote: whyNotVote(user, { status: r.status, mode: r.mode, onRoll: r.onRoll, voted: r.voted }) === null,
      digest: r.status === 'closed' ? r.digest : null,
      nominees: r.nomineeNames.map((n) => {
        const res = result?.nominees.find((x) => x.nomineeId === n.nominationId) ?? null;
        return { ...n, onCouncil: n.staffId !== null && councilIds.has(n.staffId), result: res };
      }),
      votesNeeded: result?.votesNeeded ?? null,
    };
  });
  const canManage = whyNotManage(user) === null;
  return {
    meeting,
    roll,
    quorum,
    meetingRule,
    rounds: roundViews,
    titles,
    approval,
    canManage,
    rollFixed: rounds.length > 0,
    canApprove: user.permissions.has('nomination:approve') && !approval && rounds.length > 0 && rounds.every((r) => r.status === 'closed'),
    allClosed: rounds.length > 0 && rounds.every((r) => r.status === 'closed'),
  };
}
