// Loads everything a school year's dossier to one receiving body needs (all database work here; checking and
// drawing are pure). Nominees are the year's nominations still standing (proposed or approved) whose title the
// receiver decides; the check then flags those missing from the chair's approved list.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { DossierInput, DossierNominee, EvidenceFile } from '../../domain/dossiers/dossierInput.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import type { AwardCode } from '../../domain/rules/facts.ts';
import type { RuleSet } from '../../domain/rules/ruleSetTypes.ts';
import { vi } from '../../i18n/vi.ts';
import { readRoundResult } from '../ballot/roundResultJson.ts';
import { loadMinutesData } from '../meetings/minutesData.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { readAchievementContent } from './achievementReportContent.ts';
import { postingCommentsForDossier } from '../posting/postingCommentsForDossier.ts';
import { evidenceFilesOf } from '../nominations/nominationEvidenceFiles.ts';
import { dossierEvidence } from './inspectEvidence.ts';
import { submissionState, type SubmissionState } from './dossierSubmission.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import { sortNominees } from '../../domain/nominations/nomineeOrder.ts';

type Db = PrismaClient | Prisma.TransactionClient;
const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;
const LEVEL: Record<string, string> = { co_so: 'cấp cơ sở', thanh_pho: 'cấp Thành phố', toan_quoc: 'cấp toàn quốc' };
const day = (d: Date) => vietnamDayParts(d);

export interface DossierTarget {
  schoolId: string;
  startYear: number;
  /** The receiving body; absent: the authority that decides the first nominee's title. */
  receiver?: string;
  version: number;
  /** Bound on the dossier's size (DOSSIER_MAX_MB); absent: the default 50 MB. */
  maxBytes?: number;
  /** false: leave the evidence files out (the approval only needs the tờ trình). */
  evidence?: boolean;
}

/** Who decides `code` under the rule set (the dossier's receiver); '' where the school decides itself (no dossier). */
export function decidesOf(ruleSet: RuleSet, code: string): string {
  const route = nominationRoute(ruleSet, code as AwardCode);
  return route?.outcome === 'proposal' ? route.decides : '';
}

export interface LoadedDossier {
  input: DossierInput;
  ruleSet: RuleSet;
  /** Every receiving body of the year's list (one dossier each), in Vietnamese order. */
  receivers: string[];
  /** How many nominees each receiving body's dossier lists. */
  nomineeCounts: Record<string, number>;
  /** Where each receiving body's dossier is filed (the rule set's receiving body, e.g. the city's Sở Nội vụ). */
  receivedBy: Record<string, string>;
  /** The tờ trình the dossier carries and whether the next version needs a new one. */
  submission: SubmissionState;
}

/** The dossier input and the rule set it is checked against; throws when the school year does not exist. */
export async function loadDossierInput(db: Db, target: DossierTarget): Promise<LoadedDossier> {
  const { schoolId, startYear } = target;
  const [school, year] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId } }),
    db.schoolYear.findFirstOrThrow({ where: { schoolId, startYear } }),
  ]);
  const meeting = await db.meeting.findFirst({
    where: { schoolId, schoolYearId: year.id, status: 'approved' },
    orderBy: { heldOn: 'desc' },
    include: { approval: true },
  });
  const dated = meeting?.approval?.approvedAt ?? meeting?.heldOn ?? new Date(Date.UTC(startYear + 1, 4, 31));
  const ruleSet = await ruleSetOn(db, schoolId, meeting?.heldOn ?? dated);
  const rows = await db.nomination.findMany({
    where: { schoolId, schoolYearId: year.id, status: { in: ['proposed', 'approved'] } },
    include: {
      staff: { include: { collective: true } },
      collective: true,
      achievementReport: true,
      rounds: { include: { round: true }, orderBy: { roundId: 'asc' } },
    },
  });
  // The dossier's order is the data's, never the rows': when or in which order they were written (a pre-fill writes
  // them in one statement, with one createdAt and random ids) made two databases with the same people differ.
  const nominations = sortNominees(
    rows,
    ruleSet.titles.map((t) => t.code),
    (n) => ({
      code: n.code,
      subject: n.staffId ? 'individual' : 'collective',
      name: n.staff?.fullName ?? n.collective?.name ?? '',
      key: n.staff?.code ?? n.collective?.name ?? n.id,
    }),
  );
  const receivers = [...new Set(nominations.map((n) => decidesOf(ruleSet, n.code)).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
  const nomineeCounts: Record<string, number> = {};
  const receivedBy: Record<string, string> = {};
  for (const n of nominations) {
    const body = decidesOf(ruleSet, n.code);
    if (body) nomineeCounts[body] = (nomineeCounts[body] ?? 0) + 1;
    const receives = nominationRoute(ruleSet, n.code as AwardCode)?.receives;
    if (body && receives) receivedBy[body] = receives;
  }
  const receiver = target.receiver ?? receivers[0] ?? '';
  const chosen = nominations.filter((n) => decidesOf(ruleSet, n.code) === receiver);
  const staffIds = chosen.flatMap((n) => (n.staffId ? [n.staffId] : []));
  const collectiveIds = chosen.flatMap((n) => (n.collectiveId ? [n.collectiveId] : []));
  const confirmers = chosen.flatMap((n) => (n.achievementReport?.confirmedById ? [n.achievementReport.confirmedById] : []));
  const [awards, initiatives, ratings, users, evidence, head] = await Promise.all([
    db.awardRecord.findMany({
      where: { schoolId, startYear: { lt: startYear }, OR: [{ staffId: { in: staffIds } }, { collectiveId: { in: collectiveIds } }] },
      orderBy: [{ startYear: 'asc' }, { code: 'asc' }, { id: 'asc' }],
    }),
    db.initiativeRecord.findMany({
      where: { schoolId, startYear, status: 'recognised', authors: { some: { staffId: { in: staffIds } } } },
      include: { authors: { orderBy: { staffId: 'asc' } } },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
    }),
    db.staffYearRecord.findMany({ where: { schoolId, startYear, staffId: { in: staffIds } } }),
    db.user.findMany({ where: { schoolId, id: { in: confirmers } }, include: { staff: true } }),
    evidenceFilesOf(
      db,
      schoolId,
      chosen.map((n) => n.id),
    ),
    db.staff.findFirst({ where: { schoolId, active: true, position: 'Hiệu trưởng' } }),
  ]);
  const approvedItems = meeting?.approval ? await approvedIds(db, schoolId, meeting.id) : null;
  const minutesDoc = meeting ? await db.issuedDocument.findFirst({ where: { schoolId, subject: 'Meeting', subjectId: meeting.id, type: 'BB' } }) : null;
  // The tờ trình is an issued document (number, date, snapshot): the approval's for this receiver, or the one a
  // version after a return was issued (dossierSubmission.ts); reading the dossier never takes a number.
  const submission = await submissionState(db, { schoolId, startYear, receiver, meetingId: meeting?.id ?? null, version: target.version });
  const minutes = meeting ? await loadMinutesData(db, schoolId, meeting.id, minutesDoc?.symbol ?? '') : null;

  // One file at a time, when its turn comes: the dossier never holds every upload in memory at once.
  const evidenceByNomination = new Map<string, EvidenceFile[]>();
  if (target.evidence !== false) for (const n of chosen) evidenceByNomination.set(n.id, await dossierEvidence(evidence.get(n.id) ?? []));
  const nominees: DossierNominee[] = chosen.map((n) => {
    const round = n.rounds.map((r) => r.round).find((r) => r.status === 'closed');
    const result = round ? readRoundResult(round.result)?.nominees.find((x) => x.nomineeId === n.id) : undefined;
    const content = n.achievementReport ? readAchievementContent(n.achievementReport.content) : null;
    const confirmer = users.find((u) => u.id === n.achievementReport?.confirmedById);
    const holder = (a: { staffId: string | null; collectiveId: string | null }) => (n.staffId ? a.staffId === n.staffId : a.collectiveId === n.collectiveId);
    return {
      nominationId: n.id,
      subject: n.staffId ? 'individual' : 'collective',
      name: n.staff?.fullName ?? n.collective?.name ?? '',
      position: n.staff?.position ?? '',
      unit: n.staff?.collective?.name ?? n.collective?.name ?? school.name,
      code: n.code as AwardCode,
      titleName: AWARD(n.code),
      note: '',
      vote:
        round && result
          ? {
              votesFor: result.votesFor,
              totalMembers: round.totalMembers,
              pct: Number(result.pctOfTotal.replace(',', '.')),
              thresholdPct: Number(round.thresholdPct),
              strict: round.strict,
              passed: result.passed,
            }
          : null,
      voteRequired: ruleSet.votes[n.code as AwardCode] !== undefined,
      report: content
        ? { ...content, confirmedBy: n.achievementReport?.confirmedAt ? (confirmer?.staff?.fullName ?? confirmer?.displayName ?? '') : null }
        : null,
      initiatives: initiatives
        .filter((i) => i.authors.some((a) => a.staffId === n.staffId))
        .map((i) => ({
          title: i.title,
          level: LEVEL[i.level] ?? i.level,
          impact: i.scope.trim() || null,
          decisionNumber: i.decisionNumber,
          recognisedOn: i.recognisedOn ? day(i.recognisedOn) : null,
        })),
      excellentRating: ratings.some((r) => r.staffId === n.staffId && r.rating === 'HTXSNV'),
      priorAwards: awards
        .filter(holder)
        .map((a) => ({ startYear: a.startYear, name: AWARD(a.code), decisionNumber: a.decisionNumber, decisionDate: day(a.decisionDate), issuer: a.issuer })),
      evidence: evidenceByNomination.get(n.id) ?? [],
    };
  });
  const input: DossierInput = {
    school: {
      name: school.name,
      placeName: school.placeName,
      parentAgency: school.governingBody,
      headTitle: 'HIỆU TRƯỞNG',
      headName: head?.fullName ?? minutes?.chairName ?? '',
    },
    startYear,
    ruleSetId: ruleSet.id,
    procedure: 'ordinary',
    receiver,
    receivedBy: chosen.length ? (nominationRoute(ruleSet, chosen[0]!.code as AwardCode)?.receives ?? null) : null,
    date: submission.doc?.date ?? day(dated),
    version: target.version,
    submissionSymbol: submission.doc?.symbol ?? '',
    submission: submission.doc?.model ?? null,
    meeting: minutes,
    approvedNominationIds: approvedItems,
    nominees,
    postingComments: await postingCommentsForDossier(db, schoolId, startYear),
    ...(target.maxBytes === undefined ? {} : { maxBytes: target.maxBytes }),
  };
  return { input, ruleSet, receivers, nomineeCounts, receivedBy, submission };
}

/** The nominations the chair approved at the meeting (frozen list). */
async function approvedIds(db: Db, schoolId: string, meetingId: string): Promise<string[]> {
  const rows = await db.nomination.findMany({
    where: { schoolId, status: 'approved', rounds: { some: { round: { meetingId } } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}
