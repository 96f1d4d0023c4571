// The voted list of a meeting: every closed round's nominees with votes, pass/fail, quota position and eligibility,
// and who decides each title. Shared by the chair's review page, the approval command and the minutes.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { rankForQuota } from '../../domain/ballot/quotaRanking.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import { booleanParam, numberParam } from '../../domain/rules/paramReader.ts';
import type { AwardCode } from '../../domain/rules/index.ts';
import { readRoundResult } from '../ballot/roundResultJson.ts';
import { ruleSetOn } from './meetingRules.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface VotedItem {
  nominationId: string;
  roundId: string;
  code: string;
  name: string;
  verdictStatus: string;
  justification: string | null;
  votesFor: number;
  agree: number;
  disagree: number;
  blank: number;
  writtenAgree: number;
  pctOfTotal: string;
  passed: boolean;
  rank: number | null;
  withinQuota: boolean;
  tieAtLine: boolean;
  outcome: 'decision' | 'proposal';
  decides: string;
  receives: string | null;
}

/** The voted list of the meeting's closed rounds; `chairOrder` settles ties at a quota line. */
export async function votedList(db: Db, schoolId: string, meetingId: string, chairOrder: readonly string[] = []): Promise<VotedItem[]> {
  const meeting = await db.meeting.findFirstOrThrow({ where: { id: meetingId, schoolId } });
  const ruleSet = await ruleSetOn(db, schoolId, meeting.heldOn);
  const preferWomen = booleanParam(ruleSet, ruleSet.tieBreak.preferWomen);
  const womenPct = numberParam(ruleSet, ruleSet.tieBreak.collectiveWomenPct);
  const rounds = await db.ballotRound.findMany({
    where: { meetingId, schoolId, status: 'closed' },
    include: { nominees: { include: { nomination: { include: { staff: true, collective: { include: { members: { select: { gender: true } } } } } } } } },
    orderBy: { openedAt: 'asc' },
  });
  const out: VotedItem[] = [];
  for (const round of rounds) {
    const result = readRoundResult(round.result);
    if (!result) continue;
    const byId = new Map(round.nominees.map((n) => [n.nominationId, n.nomination]));
    const preferredOf = (id: string) => {
      const n = byId.get(id);
      if (n?.staff) return n.staff.gender === 'female';
      const members = n?.collective?.members ?? [];
      return members.length > 0 && members.filter((m) => m.gender === 'female').length * 100 >= womenPct * members.length;
    };
    const positions = rankForQuota(
      result.nominees.map((r) => ({ nomineeId: r.nomineeId, votesFor: r.votesFor, passed: r.passed, preferred: preferredOf(r.nomineeId) })),
      { quota: round.quota, preferWomen, chairOrder },
    );
    const route = nominationRoute(ruleSet, round.code as AwardCode);
    for (const r of result.nominees) {
      const n = byId.get(r.nomineeId)!;
      const p = positions.find((x) => x.nomineeId === r.nomineeId)!;
      out.push({
        nominationId: n.id,
        roundId: round.id,
        code: round.code,
        name: n.staff?.fullName ?? n.collective?.name ?? '',
        verdictStatus: n.verdictStatus,
        justification: n.justification,
        votesFor: r.votesFor,
        agree: r.agree,
        disagree: r.disagree,
        blank: r.blank,
        writtenAgree: r.writtenAgree,
        pctOfTotal: r.pctOfTotal,
        passed: r.passed,
        rank: p.rank,
        withinQuota: p.withinQuota,
        tieAtLine: p.tieAtLine,
        outcome: route?.outcome ?? 'proposal',
        decides: route?.decides ?? '',
        receives: route?.receives ?? null,
      });
    }
  }
  return out;
}
