// loadEngineFacts(): reads a school's yearly records into the engine's facts (src/domain/rules/facts.ts).
// Membership of a collective in a year comes from that year's staff record (its collectiveId).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { loadCoverage } from '../coverage/coverage.queries.ts';
import type { AwardCode, CollectiveFacts, DisciplineLevel, EngineFacts, InitiativeLevel, StaffFacts, StaffYearFacts } from '../../domain/rules/facts.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Every staff member's and collective's facts for the school (or only the given staff). */
export async function loadEngineFacts(prisma: PrismaClient, schoolId: string, only?: { staffIds?: string[] }): Promise<EngineFacts> {
  const staffWhere = { schoolId, ...(only?.staffIds ? { id: { in: only.staffIds } } : {}) };
  const byStaff = only?.staffIds ? { staffId: { in: only.staffIds } } : {};
  const [staff, years, awards, disciplines, pending, initiatives, research, collectives, collectiveYears] = await Promise.all([
    prisma.staff.findMany({ where: staffWhere, select: { id: true, fullName: true, gender: true, joinedSectorOn: true } }),
    prisma.staffYearRecord.findMany({ where: { schoolId, ...byStaff } }),
    // For some staff only (a personal record): their awards and initiatives, not the school's (the collective facts
    // built below then only see these staff, which is all a personal record reads).
    prisma.awardRecord.findMany({ where: { schoolId, ...(only?.staffIds ? { staffId: { in: only.staffIds } } : {}) } }),
    prisma.disciplineRecord.findMany({ where: { schoolId, ...byStaff } }),
    prisma.pendingProceedingRecord.findMany({ where: { schoolId, ...byStaff } }),
    // Only recognised initiatives are facts: drafts, submitted and scored ones are not (docs/decisions/012-one-initiative-model.md).
    prisma.initiativeRecord.findMany({
      where: { schoolId, status: 'recognised', ...(only?.staffIds ? { authors: { some: { staffId: { in: only.staffIds } } } } : {}) },
      include: { authors: true },
    }),
    prisma.researchRecord.findMany({ where: { schoolId, ...byStaff } }),
    prisma.collective.findMany({ where: { schoolId }, select: { id: true, name: true } }),
    prisma.collectiveYearRecord.findMany({ where: { schoolId } }),
  ]);

  const yearFacts = new Map<string, Map<number, StaffYearFacts>>();
  const yearOf = (staffId: string, year: number): StaffYearFacts => {
    let perStaff = yearFacts.get(staffId);
    if (!perStaff) yearFacts.set(staffId, (perStaff = new Map<number, StaffYearFacts>()));
    let y = perStaff.get(year);
    if (!y) perStaff.set(year, (y = { year, rating: null, monthsWorked: null, leaveDays: null, disciplines: null, awards: [], initiatives: [], research: [] }));
    return y;
  };
  for (const r of years) {
    const y = yearOf(r.staffId, r.startYear);
    Object.assign(y, {
      rating: r.rating,
      monthsWorked: r.monthsWorked === null ? null : r.monthsWorked.toNumber(), // Decimal(4,1): exact in a double
      leaveDays: r.leaveDays,
      maternityLeaveDays: r.maternityLeaveDays,
      disciplines: r.disciplineChecked ? [] : null,
    });
  }
  for (const d of disciplines) (yearOf(d.staffId, d.startYear).disciplines ??= []).push({ level: d.level as DisciplineLevel, date: iso(d.decidedOn) });
  for (const a of awards)
    if (a.staffId)
      yearOf(a.staffId, a.startYear).awards.push({
        code: a.code as AwardCode,
        decisionNumber: a.decisionNumber,
        decisionDate: iso(a.decisionDate),
        issuer: a.issuer,
      });
  for (const i of initiatives) {
    const fact = {
      id: i.id,
      title: i.title,
      level: i.level as InitiativeLevel,
      grade: i.grade,
      recognisedOn: i.recognisedOn ? iso(i.recognisedOn) : null,
      authors: i.authors.map((x) => ({ staffId: x.staffId, sharePct: x.sharePct.toNumber() })),
    };
    for (const author of i.authors)
      if (yearFacts.has(author.staffId) || staff.some((s) => s.id === author.staffId)) yearOf(author.staffId, i.startYear).initiatives.push(fact);
  }
  for (const r of research) yearOf(r.staffId, r.startYear).research.push({ id: r.id, title: r.title, accepted: r.accepted, applied: r.applied });

  const staffFacts: StaffFacts[] = staff.map((s) => ({
    id: s.id,
    name: s.fullName,
    gender: s.gender,
    // The staff register keeps "ngày vào ngành", the date the person was recruited into the sector (tenure rule).
    recruitedOn: s.joinedSectorOn ? iso(s.joinedSectorOn) : null,
    pending: pending
      .filter((p) => p.staffId === s.id)
      .map((p) => ({ kind: p.kind as 'discipline' | 'investigation', from: iso(p.fromDate), to: p.toDate ? iso(p.toDate) : null })),
    years: [...(yearFacts.get(s.id)?.values() ?? [])].sort((a, b) => a.year - b.year),
  }));

  const members = new Map<string, string[]>();
  for (const r of years)
    if (r.collectiveId) members.set(`${r.collectiveId}:${r.startYear}`, [...(members.get(`${r.collectiveId}:${r.startYear}`) ?? []), r.staffId]);
  const collectiveFacts: CollectiveFacts[] = collectives.map((c) => {
    const yearsOfC = new Set<number>([
      ...collectiveYears.filter((y) => y.collectiveId === c.id).map((y) => y.startYear),
      ...years.filter((r) => r.collectiveId === c.id).map((r) => r.startYear),
    ]);
    return {
      id: c.id,
      name: c.name,
      years: [...yearsOfC].sort().map((year) => ({
        year,
        rating: collectiveYears.find((y) => y.collectiveId === c.id && y.startYear === year)?.rating ?? null,
        memberIds: members.get(`${c.id}:${year}`) ?? [],
        awards: awards
          .filter((a) => a.collectiveId === c.id && a.startYear === year)
          .map((a) => ({ code: a.code as AwardCode, decisionNumber: a.decisionNumber, decisionDate: iso(a.decisionDate), issuer: a.issuer })),
      })),
    };
  });
  return { staff: staffFacts, collectives: collectiveFacts, coverage: await loadCoverage(prisma, schoolId) };
}
