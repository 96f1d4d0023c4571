// The quyết định khen thưởng issued with the chair's approval where the school is competent: numbered in the school's
// register (its own issuer abbreviation) and snapshot at issue, so every later download draws what was issued.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { awardDecisionDocument } from '../../documents/council/awardDecisionDocument.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import { vi } from '../../i18n/vi.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { ruleSetOn } from './meetingRules.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import type { AwardCode } from '../../domain/rules/index.ts';

const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

/** Issues the decision for the decided items of the meeting; returns the register row. */
export async function issueAwardDecision(
  tx: Prisma.TransactionClient,
  ctx: CommandContext,
  meeting: { id: string; schoolId: string; schoolYearId: string; heldOn: Date },
  items: ReadonlyArray<{ name: string; code: string }>,
) {
  const [school, year, chair, ruleSet] = await Promise.all([
    tx.school.findUniqueOrThrow({ where: { id: meeting.schoolId } }),
    tx.schoolYear.findUniqueOrThrow({ where: { id: meeting.schoolYearId } }),
    tx.meetingAttendance.findFirst({ where: { meetingId: meeting.id, role: 'chair' }, include: { staff: { select: { fullName: true } } } }),
    ruleSetOn(tx, meeting.schoolId, meeting.heldOn),
  ]);
  const bases = [
    ...new Set(
      items.map((i) => {
        const b = nominationRoute(ruleSet, i.code as AwardCode)?.basis;
        return b ? `${b.document}, ${b.article}` : ruleSet.name;
      }),
    ),
  ];
  return issueDocument(tx, ctx, {
    type: 'QĐ',
    title: 'Quyết định khen thưởng',
    issuedOn: vietnamDay(ctx.now),
    issuerCode: school.documentPrefix,
    subject: 'Meeting',
    subjectId: meeting.id,
    kind: 'awardDecision',
    build: ({ symbol, date }) =>
      awardDecisionDocument({
        school: { name: school.name, governingBody: school.governingBody, placeName: school.placeName },
        startYear: year.startYear,
        symbol,
        date,
        meetingDate: vietnamDayParts(meeting.heldOn),
        headName: chair?.staff.fullName ?? '',
        bases,
        items: items.map((i) => ({ name: i.name, title: AWARD(i.code) })),
      }),
  });
}
