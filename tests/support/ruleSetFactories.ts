// Factories for rule sets authored in the app (issue 11 §5).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { LUAT_2022_ND_152, type RuleSet } from '../../src/domain/rules/index.ts';
import { buildUser } from './factories.ts';
import { authoredDefinitionJson } from '../../src/features/rules/authoredRuleSetJson.ts';

/** A candidate (or active) authored copy of rule set 2, created by a new administrator of the school unless given. */
export async function buildAuthoredRuleSet(
  prisma: PrismaClient,
  opts: { schoolId: string; createdBy?: string; state?: 'candidate' | 'active'; effectiveFrom?: string; effectiveTo?: string | null; name?: string },
) {
  const createdBy = opts.createdBy ?? (await buildUser(prisma, opts.schoolId, { isAdmin: true })).id;
  const id = randomUUID();
  const effectiveFrom = opts.effectiveFrom ?? '2026-10-01';
  const effectiveTo = opts.effectiveTo ?? null;
  const name = opts.name ?? `Bộ quy định ${id.slice(0, 8)}`;
  const state = opts.state ?? 'candidate';
  const ruleSet: RuleSet = { ...LUAT_2022_ND_152, id, name, status: state, effectiveFrom, effectiveTo };
  return prisma.authoredRuleSet.create({
    data: {
      id,
      schoolId: opts.schoolId,
      name,
      sourceRuleSetId: LUAT_2022_ND_152.id,
      state,
      effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
      effectiveTo: effectiveTo ? new Date(`${effectiveTo}T00:00:00Z`) : null,
      definition: authoredDefinitionJson(ruleSet, LUAT_2022_ND_152),
      createdBy,
      ...(state === 'active' ? { activatedBy: createdBy, activatedAt: new Date(), activationReason: 'Kích hoạt để thử' } : {}),
    },
  });
}
