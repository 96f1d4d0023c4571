// The council of each school year (a decision and its terms) and, for past years, a held meeting whose closed ballot
// round counted the CSTĐCS nominees: rows for the benchmark's bulk insert.
import { randomUUID } from 'node:crypto';
import type { BenchRows } from './benchRows.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { roundResult } from '../../src/domain/ballot/roundResult.ts';

const ROLES = ['chair', 'vice_chair', 'secretary', 'council_member', 'council_member', 'council_member', 'council_member'] as const;

/** A council decision for the year; staff 0–6 hold the council roles, 7–9 sit on the initiative council. */
export function councilRows(rows: BenchRows, o: { schoolId: string; yearId: string; year: number; staffIds: string[]; prefix: string }): void {
  const { startsOn, endsOn } = schoolYearDates(o.year);
  const decisionId = randomUUID();
  rows.decisions.push({
    id: decisionId,
    schoolId: o.schoolId,
    schoolYearId: o.yearId,
    number: `${o.year % 100}/QĐ-${o.prefix}`,
    signedOn: startsOn,
    effectiveOn: startsOn,
  });
  const terms: Array<[number, (typeof ROLES)[number] | 'initiative_council']> = [
    ...ROLES.map((r, i) => [i, r] as [number, (typeof ROLES)[number]]),
    [7, 'initiative_council'],
    [8, 'initiative_council'],
    [9, 'initiative_council'],
  ];
  for (const [i, role] of terms) {
    rows.memberships.push({ schoolId: o.schoolId, decisionId, staffId: o.staffIds[i]!, role, validFrom: startsOn, validTo: endsOn });
  }
}

/** The council members who vote at the year's meeting: staff 0–6 (the roles above). */
export const VOTERS = ROLES.length;

/** A held meeting (the council present, two counters) with one closed secret-ballot round on the given nominations:
 * who could vote and did (never what they chose), the tallies and the result stored at close. */
export function meetingRows(rows: BenchRows, o: { schoolId: string; yearId: string; year: number; nominationIds: string[]; councilIds: string[] }): void {
  const councilSize = o.councilIds.length;
  const meetingId = randomUUID();
  const heldOn = new Date(Date.UTC(o.year + 1, 4, 25));
  rows.meetings.push({
    id: meetingId,
    schoolId: o.schoolId,
    schoolYearId: o.yearId,
    heldOn,
    startsAt: '14:00',
    place: 'Phòng họp',
    agenda: 'Xét thi đua cuối năm',
    status: 'held',
  });
  const roundId = randomUUID();
  rows.rounds.push({
    id: roundId,
    schoolId: o.schoolId,
    meetingId,
    code: 'CSTDCS',
    status: 'closed',
    totalMembers: councilSize,
    thresholdPct: 70,
    strict: false,
    writtenCount: true,
    legalBasis: 'Điều 7 Nghị định 98/2023/NĐ-CP',
    openedAt: heldOn,
    closedAt: heldOn,
    participants: councilSize,
    result: JSON.parse(
      JSON.stringify(
        roundResult({
          rule: { thresholdPct: 70, strict: false, writtenOpinionsCount: true },
          totalMembers: councilSize,
          counts: o.nominationIds.map((nomineeId) => ({ nomineeId, agree: councilSize - 1, disagree: 1, blank: 0 })),
          written: [],
        }),
      ),
    ) as object,
  });
  o.councilIds.forEach((staffId, i) => {
    rows.attendance.push({ meetingId, staffId, schoolId: o.schoolId, role: ROLES[i] ?? 'council_member', present: true, counter: i === 2 || i === 3 });
    rows.eligibility.push({ roundId, staffId, schoolId: o.schoolId });
    rows.participation.push({ roundId, staffId, schoolId: o.schoolId, channel: 'screen' });
  });
  o.nominationIds.forEach((nominationId, position) => {
    rows.roundNominees.push({ roundId, nominationId, schoolId: o.schoolId, position });
    rows.tallies.push({ roundId, nominationId, schoolId: o.schoolId, option: 'agree', count: councilSize - 1 });
    rows.tallies.push({ roundId, nominationId, schoolId: o.schoolId, option: 'disagree', count: 1 });
  });
}
