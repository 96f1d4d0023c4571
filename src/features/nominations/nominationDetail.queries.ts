// One nomination as its page shows it: candidate, title, kind, the engine's verdict with its reasons, who decides and
// where it goes, whether the candidate already holds the title for the year, its evidence files, and the
// registration it came from with the mid-year evidence. Not visible → 404, like a missing one.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Permission } from '../../domain/permissions.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import type { AwardCode } from '../../domain/rules/index.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { visibleNominationsWhere } from './nominationVisibility.ts';
import { verdictSnapshotSchema } from './verdictSnapshot.ts';

/** The nomination's page data, or 404. */
export async function nominationDetail(prisma: PrismaClient, user: { schoolId: string; permissions: Set<Permission> }, id: string) {
  const n = foundOr404(
    await prisma.nomination.findFirst({
      where: { AND: [{ id }, visibleNominationsWhere(user)] },
      include: {
        staff: { select: { fullName: true, collectiveId: true } },
        collective: { select: { name: true } },
        schoolYear: true,
        evidence: { include: { file: { select: { id: true, fileName: true, size: true, createdAt: true } } } },
        registration: {
          include: {
            awards: { orderBy: { position: 'asc' } },
            evidence: { orderBy: { createdAt: 'asc' }, include: { file: { select: { id: true, fileName: true } } } },
          },
        },
      },
    }),
  );
  const [ruleSet, awarded, rounds] = await Promise.all([
    ruleSetOn(prisma, user.schoolId, n.schoolYear.evaluationDate),
    alreadyAwarded(prisma, n),
    prisma.roundNominee.count({ where: { nominationId: n.id } }),
  ]);
  const v = verdictSnapshotSchema.safeParse(n.verdict);
  return {
    id: n.id,
    code: n.code,
    kind: n.kind,
    status: n.status,
    startYear: n.schoolYear.startYear,
    name: n.staff?.fullName ?? n.collective?.name ?? '',
    /** The candidate's group (a person's group, or the group nominated): a group leader's evidence scope. */
    candidateGroupId: n.staff ? n.staff.collectiveId : n.collectiveId,
    summary: n.summary,
    justification: n.justification,
    removalReason: n.removalReason,
    verdictStatus: n.verdictStatus,
    verdictSummary: v.success ? v.data.summary : '',
    reasons: v.success ? v.data.reasons : [],
    route: nominationRoute(ruleSet, n.code as AwardCode) ?? null,
    awarded,
    onBallot: rounds > 0,
    files: n.evidence.map((e) => e.file).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
    registration: n.registration
      ? {
          id: n.registration.id,
          status: n.registration.status,
          codes: n.registration.awards.map((a) => a.code),
          commitments: n.registration.commitments,
          progressNote: n.registration.progressNote,
          evidence: n.registration.evidence.map((e) => ({ text: e.text, createdAt: e.createdAt, file: e.file })),
        }
      : null,
  };
}

/** The decision by which the candidate already holds this title or form for the nomination's year, or null. */
export async function alreadyAwarded(
  prisma: PrismaClient,
  n: { schoolId: string; staffId: string | null; collectiveId: string | null; code: string; schoolYear: { startYear: number } },
) {
  const holder = n.staffId ? { staffId: n.staffId } : { collectiveId: n.collectiveId };
  return prisma.awardRecord.findFirst({
    where: { schoolId: n.schoolId, startYear: n.schoolYear.startYear, code: n.code, ...holder },
    select: { decisionNumber: true, decisionDate: true, issuer: true },
    orderBy: { decisionDate: 'asc' },
  });
}
