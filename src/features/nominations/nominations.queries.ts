// Scoped reads of the year's nominations, with names, and who decides each title under the year's rule set.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import type { AwardCode } from '../../domain/rules/index.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { AppError } from '../../errors.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { verdictSnapshotSchema } from './verdictSnapshot.ts';

/** The nominations of the school year, grouped by title, each with its verdict and route. */
export async function nominationsOfYear(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  const year = await prisma.schoolYear.findFirstOrThrow({ where: { id: schoolYearId, schoolId } });
  const ruleSet = await ruleSetOn(prisma, schoolId, year.evaluationDate);
  const rows = await prisma.nomination.findMany({
    where: { schoolId, schoolYearId },
    include: { staff: { select: { fullName: true } }, collective: { select: { name: true } }, evidence: { select: { fileId: true } } },
  });
  const awards = await prisma.awardRecord.findMany({
    where: { schoolId, startYear: year.startYear },
    select: { staffId: true, collectiveId: true, code: true, decisionNumber: true },
  });
  const files = await prisma.storedFile.findMany({
    where: { schoolId, ownerType: 'Nomination', id: { in: rows.flatMap((n) => n.evidence.map((e) => e.fileId)) } },
    select: { id: true, fileName: true, ownerId: true },
  });
  const items = sortByVietnameseName(
    rows.map((n) => {
      const v = verdictSnapshotSchema.safeParse(n.verdict);
      return {
        id: n.id,
        code: n.code,
        kind: n.kind,
        status: n.status,
        name: n.staff?.fullName ?? n.collective?.name ?? '',
        summary: n.summary,
        justification: n.justification,
        removalReason: n.removalReason,
        verdictStatus: n.verdictStatus,
        verdictSummary: v.success ? v.data.summary : '',
        reasons: v.success ? v.data.reasons : [],
        fromRegistration: n.registrationId !== null,
        files: files.filter((f) => f.ownerId === n.id).map((f) => ({ id: f.id, fileName: f.fileName })),
        route: nominationRoute(ruleSet, n.code as AwardCode) ?? null,
        // Already holds the title or form for the year (a registration may still list it): marked, not hidden.
        awarded: awards.find((a) => a.code === n.code && (n.staffId ? a.staffId === n.staffId : a.collectiveId === n.collectiveId))?.decisionNumber ?? null,
      };
    }),
    (i) => i.name,
  );
  const codes = [...new Set(items.map((i) => i.code))];
  return { startYear: year.startYear, ruleSetName: ruleSet.name, groups: codes.map((code) => ({ code, items: items.filter((i) => i.code === code) })) };
}

/** One nomination of the school, or 404. */
export async function findNomination(prisma: PrismaClient, schoolId: string, id: string) {
  const n = await prisma.nomination.findFirst({ where: { id, schoolId } });
  if (!n) throw new AppError('not_found', 'error.notFound.body');
  return n;
}
