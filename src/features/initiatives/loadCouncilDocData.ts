// Loads what the council's documents print for a school year: the scored initiatives with their valid scores, the
// council members, the recusals, and the year's rules. All database work here; the mappers only draw.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { InitiativeCouncilDocData } from '../../documents/initiatives/initiativeDocumentData.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { councilMembersOn } from '../council/councilMembersOn.ts';
import { initiativeCouncilOn } from './initiativeCouncil.ts';
import { rulesForYear, validScores } from './initiative.queries.ts';

/** The council's data for the year's initiatives in `statuses`, without number and date (given at issue). */
export async function loadCouncilDocData(
  tx: Prisma.TransactionClient,
  schoolId: string,
  schoolYearId: string,
  o: { now: Date; statuses: ('scored' | 'recognised' | 'not_recognised')[]; presentStaffIds?: string[] },
): Promise<Omit<InitiativeCouncilDocData, 'symbol' | 'date'> & { initiativeIds: string[] }> {
  const [school, year, { rules }] = await Promise.all([
    tx.school.findUniqueOrThrow({ where: { id: schoolId } }),
    tx.schoolYear.findFirstOrThrow({ where: { id: schoolYearId, schoolId } }),
    rulesForYear(tx, schoolId, schoolYearId),
  ]);
  const initiatives = await tx.initiativeRecord.findMany({
    where: { schoolId, schoolYearId, status: { in: o.statuses } },
    include: {
      authors: { include: { staff: true }, orderBy: { sharePct: 'desc' } },
      scores: { include: { reviewer: true } },
      recusals: { include: { staff: true } },
    },
    orderBy: [{ meanScore: 'desc' }, { title: 'asc' }],
  });
  const today = vietnamDay(o.now);
  const members = await initiativeCouncilOn(tx, schoolId, today);
  const leaders = await councilMembersOn(tx, schoolId, today, 'council');
  const chair = leaders.find((m) => m.role === 'chair');
  const secretary = leaders.find((m) => m.role === 'secretary');
  return {
    initiativeIds: initiatives.map((i) => i.id),
    school: { name: school.name, governingBody: year.governingBody, placeName: school.placeName },
    startYear: year.startYear,
    regulation: rules.regulation.map((r) => r.title),
    recognisedBy: rules.recognisedBy.title,
    chairName: chair?.fullName ?? '',
    secretaryName: secretary?.fullName ?? '',
    members: members.map((m) => ({ name: m.fullName, position: m.position, present: o.presentStaffIds ? o.presentStaffIds.includes(m.staffId) : true })),
    recusals: initiatives.flatMap((i) => i.recusals.map((r) => ({ name: r.staff.fullName, initiative: i.title, reason: r.reason }))),
    rows: initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      field: i.field,
      authors: i.authors.map((a) => ({ name: a.staff.fullName, position: a.staff.position, sharePct: Number(a.sharePct) })),
      scores: validScores(i).map((s) => ({ reviewer: i.scores.find((x) => x.id === s.id)!.reviewer.fullName, total: Number(s.total) })),
      mean: i.meanScore === null ? null : Number(i.meanScore),
      grade: i.grade,
    })),
    gradeLabels: Object.fromEntries(rules.grades.bands.map((b) => [b.grade, b.label])),
  };
}
