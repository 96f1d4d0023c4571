// Command: an administrator activates a candidate rule set with a reason (audited, same transaction). From then on it
// decides the verdicts of evaluation dates inside its period. Two active sets of one school never overlap: the
// database refuses it (exclusion constraint "AuthoredRuleSet_one_active_per_day"), and the refusal names the set in
// the way. The facts version is bumped by the table's trigger, so cached eligibility results are recomputed.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { formatIsoDate } from '../../domain/rules/labels.ts';
import { toIsoDate } from '../../domain/rules/index.ts';
import { AppError, refusalError } from '../../errors.ts';
import { findAuthoredRuleSet } from './authoredRuleSets.queries.ts';
import { whyNotActivateRuleSet } from './ruleAuthoring.policy.ts';

/** True for PostgreSQL's exclusion violation on the one-active-per-day constraint, however the driver wraps it. */
function isOverlap(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const text = `${(e as { message?: string }).message ?? ''} ${JSON.stringify((e as { meta?: unknown }).meta ?? '')} ${String((e as { code?: string | number }).code ?? '')}`;
    if (text.includes('23P01') || text.includes('AuthoredRuleSet_one_active_per_day')) return true;
  }
  return false;
}

/** Activates the candidate `id`; refuses (409) an active set or a period overlapping another active set. */
export async function activateRuleSet(prisma: PrismaClient, ctx: CommandContext, id: string, reason: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  try {
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "AuthoredRuleSet" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
      const current = await findAuthoredRuleSet(tx, schoolId, id);
      const refusal = whyNotActivateRuleSet(current.row);
      if (refusal) throw refusalError(refusal);
      await tx.authoredRuleSet.update({ where: { id }, data: { state: 'active', activatedBy: ctx.actor.id, activatedAt: ctx.now, activationReason: reason } });
      await recordEvent(tx, ctx, {
        action: 'rules.ruleSet.activate',
        subject: 'AuthoredRuleSet',
        subjectId: id,
        before: { state: 'candidate' },
        after: {
          state: 'active',
          name: current.row.name,
          effectiveFrom: toIsoDate(current.row.effectiveFrom),
          effectiveTo: current.row.effectiveTo ? toIsoDate(current.row.effectiveTo) : null,
          reason,
        },
      });
    });
  } catch (error) {
    if (!isOverlap(error)) throw error;
    const row = await prisma.authoredRuleSet.findFirst({ where: { id, schoolId }, select: { effectiveFrom: true, effectiveTo: true } });
    const other = row
      ? await prisma.authoredRuleSet.findFirst({
          where: {
            schoolId,
            state: 'active',
            id: { not: id },
            effectiveFrom: row.effectiveTo ? { lte: row.effectiveTo } : undefined,
            OR: [{ effectiveTo: null }, { effectiveTo: { gte: row.effectiveFrom } }],
          },
          select: { name: true, effectiveFrom: true, effectiveTo: true },
        })
      : null;
    const period = other
      ? `${formatIsoDate(toIsoDate(other.effectiveFrom))} – ${other.effectiveTo ? formatIsoDate(toIsoDate(other.effectiveTo)) : 'không thời hạn'}`
      : '';
    throw new AppError('conflict', 'authored.refusal.overlap', { cause: error, field: 'reason', params: { name: other?.name ?? '', period } });
  }
}
