// Scoped reads of initiatives: one initiative with everything its pages need, the year's rules, and lists.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { initiativeRulesWith } from '../../domain/initiatives/applyInitiativeOverride.ts';
import type { InitiativeRules, InitiativeRulesOverride } from '../../domain/initiatives/initiativeRuleTypes.ts';
import { ND13_INITIATIVE_RULES } from '../../domain/initiatives/nd13Rules.ts';
import { AppError } from '../../errors.ts';

type Db = PrismaClient | Prisma.TransactionClient;

const fullInclude = {
  authors: { include: { staff: { select: { id: true, fullName: true, collectiveId: true, position: true } } }, orderBy: { sharePct: 'desc' } },
  reviews: { include: { reviewer: { select: { id: true, fullName: true } } }, orderBy: { assignedAt: 'asc' } },
  recusals: { include: { staff: { select: { fullName: true } } } },
  scores: { orderBy: [{ reviewerStaffId: 'asc' }, { version: 'asc' }] },
} satisfies Prisma.InitiativeRecordInclude;

export type FullInitiative = Prisma.InitiativeRecordGetPayload<{ include: typeof fullInclude }>;

/** One initiative of the school with its authors, reviews, recusals and every score version; 404 otherwise. */
export async function findInitiative(db: Db, schoolId: string, id: string): Promise<FullInitiative> {
  const row = await db.initiativeRecord.findFirst({ where: { id, schoolId }, include: fullInclude });
  if (!row) throw new AppError('not_found', 'error.notFound.body');
  return row;
}

/** The attachments of an initiative (metadata only). */
export function initiativeFiles(db: Db, schoolId: string, initiativeId: string) {
  return db.storedFile.findMany({
    where: { schoolId, ownerType: 'Initiative', ownerId: initiativeId },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
}

/** The initiative rules of a school year: the shipped rules with the year's changes, and the scoring deadline. */
export async function rulesForYear(db: Db, schoolId: string, schoolYearId: string): Promise<{ rules: InitiativeRules; scoringDueOn: Date | null }> {
  const setting = await db.initiativeYearSetting.findFirst({ where: { schoolId, schoolYearId } });
  return {
    rules: initiativeRulesWith(ND13_INITIATIVE_RULES, (setting?.rules ?? null) as InitiativeRulesOverride | null),
    scoringDueOn: setting?.scoringDueOn ?? null,
  };
}

/** The last day to submit: the year's initiative_deadline milestone (Vietnam date), or null when none is set. */
export async function submissionDeadline(db: Db, schoolId: string, schoolYearId: string): Promise<Date | null> {
  const m = await db.milestone.findFirst({ where: { schoolId, schoolYearId, kind: 'initiative_deadline' }, orderBy: { dueOn: 'desc' } });
  return m?.dueOn ?? null;
}

/** Each reviewer's valid score: their latest version, recused reviewers left out. */
export function validScores<S extends { reviewerStaffId: string; version: number }>(i: { scores: S[]; recusals: { staffId: string }[] }): S[] {
  const recused = new Set(i.recusals.map((r) => r.staffId));
  const latest = new Map<string, S>();
  for (const s of i.scores) if (!recused.has(s.reviewerStaffId) && (latest.get(s.reviewerStaffId)?.version ?? 0) < s.version) latest.set(s.reviewerStaffId, s);
  return [...latest.values()];
}

/** The school year row of a start year, or 404. */
export async function schoolYearOf(db: Db, schoolId: string, schoolYearId: string) {
  const y = await db.schoolYear.findFirst({ where: { id: schoolYearId, schoolId } });
  if (!y) throw new AppError('not_found', 'error.notFound.body');
  return y;
}
