// Scoped reads of a school's authored rule sets: a set of another school is simply not found.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { readAuthoredRuleSet, type AuthoredRuleSet } from './authoredRuleSetJson.ts';

const select = {
  id: true,
  schoolId: true,
  name: true,
  sourceRuleSetId: true,
  state: true,
  effectiveFrom: true,
  effectiveTo: true,
  definition: true,
  updatedAt: true,
  createdAt: true,
  activatedAt: true,
  activationReason: true,
  stoppedAt: true,
  stopReason: true,
} satisfies Prisma.AuthoredRuleSetSelect;

export type AuthoredRuleSetRow = Prisma.AuthoredRuleSetGetPayload<{ select: typeof select }>;

/** The school's authored rule set `id` with its parsed definition, or 404. */
export async function findAuthoredRuleSet(
  db: Pick<PrismaClient, 'authoredRuleSet'> | Prisma.TransactionClient,
  schoolId: string,
  id: string,
): Promise<{ row: AuthoredRuleSetRow } & AuthoredRuleSet> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
  const row = foundOr404(isUuid ? await db.authoredRuleSet.findFirst({ where: { id, schoolId }, select }) : null);
  return { row, ...readAuthoredRuleSet(row) };
}

/** The school's authored rule sets, newest first. */
export function listAuthoredRuleSets(prisma: PrismaClient, schoolId: string) {
  return prisma.authoredRuleSet.findMany({ where: { schoolId }, select, orderBy: { createdAt: 'desc' } });
}
