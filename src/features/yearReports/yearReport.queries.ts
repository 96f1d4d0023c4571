// Scoped reads of yearly reports: the school year, the draft, its issued versions, and what pre-filling reads (the
// movements of the school year, the plan it answers to, the chair who signs).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { loadStatistics } from '../statistics/loadStatistics.ts';
import { presentLevels } from '../statistics/statistics.presenter.ts';
import type { PrefillInput } from './prefillYearReport.ts';
import { readYearReportContent } from './yearReportContent.ts';

export const REPORT_SUBJECT = 'YearReport';

/** The school year `startYear` of the school, or 404. */
export async function findSchoolYear(prisma: PrismaClient, schoolId: string, startYear: number) {
  return foundOr404(await prisma.schoolYear.findFirst({ where: { schoolId, startYear } }));
}

/** The draft of a school year (content parsed) or null, with its issued versions newest first. */
export async function findYearReport(prisma: PrismaClient, schoolId: string, startYear: number) {
  const row = await prisma.yearReport.findFirst({ where: { schoolId, startYear } });
  if (!row) return null;
  const issued = await prisma.issuedDocument.findMany({
    where: { schoolId, subject: REPORT_SUBJECT, subjectId: row.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, symbol: true, issuedOn: true },
  });
  return { ...row, content: readYearReportContent(row.content), issued };
}

/** Everything the first draft is written from, loaded for the school year. */
export async function loadPrefillInput(prisma: PrismaClient, schoolId: string, startYear: number, now: Date, fallbackSigner: string): Promise<PrefillInput> {
  const year = await findSchoolYear(prisma, schoolId, startYear);
  const [school, stats, movements, version, chair] = await Promise.all([
    prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } }),
    loadStatistics(prisma, schoolId, startYear),
    prisma.movement.findMany({
      where: {
        schoolId,
        OR: [
          { startsOn: { lte: year.endsOn }, OR: [{ endsOn: null }, { endsOn: { gte: year.startsOn } }] },
          { startsOn: null, endsOn: { gte: year.startsOn, lte: year.endsOn } },
          { startsOn: null, endsOn: null, plan: { year: { in: [startYear, startYear + 1] } } },
        ],
      },
      orderBy: [{ startsOn: 'asc' }, { name: 'asc' }],
      select: { name: true, launchLevel: true, status: true, resultsSummary: true, midtermSummary: true },
    }),
    prisma.planVersion.findFirst({
      where: { schoolId, plan: { year: { in: [startYear, startYear + 1] } } },
      orderBy: [{ plan: { year: 'desc' } }, { versionNo: 'desc' }],
      select: { documentSymbol: true, approvedOn: true, plan: { select: { title: true } } },
    }),
    prisma.councilMembership.findFirst({
      where: { schoolId, role: 'chair', validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gte: now } }] },
      select: { staff: { select: { fullName: true } } },
    }),
  ]);
  return {
    startYear,
    schoolName: school.name,
    signerName: chair?.staff.fullName ?? fallbackSigner,
    // A year without any record: no figures of another year may slip in.
    stats: stats.year === startYear ? stats : { ...stats, year: startYear, yearRow: null, awards: [], initiatives: [], levels: presentLevels([]) },
    movements,
    plan: version ? { symbol: version.documentSymbol, date: vietnamDayParts(version.approvedOn), title: version.plan.title } : null,
  };
}
