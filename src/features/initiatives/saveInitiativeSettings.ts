// Command: save a school year's initiative settings. The scoring scheme (rubric, bands, gap, rounding) is compared
// with what is in force and refused once a score of the year exists; submitScore holds the same advisory lock in
// shared mode, so a score cannot slip in between that check and the write. The submission deadline is the calendar's
// initiative_deadline milestone (its reminders follow it); the scoring deadline is the year's setting.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { initiativeRulesWith, whyInvalidInitiativeOverride } from '../../domain/initiatives/applyInitiativeOverride.ts';
import type { InitiativeRulesOverride } from '../../domain/initiatives/initiativeRuleTypes.ts';
import { ND13_INITIATIVE_RULES } from '../../domain/initiatives/nd13Rules.ts';
import { schemeSettingsErrors, whyNotChangeScheme, type SchemeSettings } from '../../domain/initiatives/schemeSettings.ts';
import { AppError } from '../../errors.ts';

/** The settings were refused: message keys per field (422), or the frozen scheme (409). */
export class SettingsRejected extends AppError {
  constructor(
    readonly fieldErrors: Record<string, string>,
    code: 'unprocessable' | 'conflict' = 'unprocessable',
  ) {
    super(code, Object.values(fieldErrors)[0] ?? 'form.invalid');
  }
}

/** Serialises settings changes against score submissions of one year (scores take it shared). */
export async function lockInitiativeScheme(tx: Prisma.TransactionClient, schoolYearId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const key = `initiative-scheme:${schoolYearId}`;
  if (mode === 'shared') await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${key}))`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

async function saveSubmissionDeadline(tx: Prisma.TransactionClient, schoolId: string, schoolYearId: string, dueOn: Date | null) {
  const current = await tx.milestone.findFirst({ where: { schoolId, schoolYearId, kind: 'initiative_deadline' }, orderBy: { dueOn: 'desc' } });
  if (current && dueOn) await tx.milestone.update({ where: { id: current.id }, data: { dueOn } });
  else if (current) await tx.milestone.delete({ where: { id: current.id } });
  else if (dueOn)
    await tx.milestone.create({ data: { schoolId, schoolYearId, kind: 'initiative_deadline', title: 'Hạn nộp sáng kiến', dueOn, ownerRole: 'secretary' } });
  return current?.dueOn ?? null;
}

/** Saves the settings of `schoolYearId`; throws SettingsRejected with field errors. */
export async function saveInitiativeSettings(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, s: SchemeSettings): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const year = await tx.schoolYear.findFirst({ where: { id: schoolYearId, schoolId } });
    if (!year) throw new AppError('not_found', 'error.notFound.body');
    const errors = schemeSettingsErrors(s, year);
    if (Object.keys(errors).length) throw new SettingsRejected(errors);
    await lockInitiativeScheme(tx, schoolYearId, 'exclusive');
    const row = await tx.initiativeYearSetting.findFirst({ where: { schoolId, schoolYearId } });
    const before = (row?.rules ?? {}) as InitiativeRulesOverride;
    const override: InitiativeRulesOverride = {
      ...before,
      criteria: s.criteria,
      bands: s.bands,
      disagreementThreshold: s.disagreementThreshold,
      decimals: s.decimals,
      excludeSameCollective: s.excludeSameCollective,
      scoringReminderDays: s.scoringReminderDays,
    };
    const invalid = whyInvalidInitiativeOverride(override);
    if (invalid) throw new SettingsRejected({ criteria: invalid });
    const scored = (await tx.initiativeScore.count({ where: { schoolId, initiative: { schoolYearId } } })) > 0;
    const locked = whyNotChangeScheme(initiativeRulesWith(ND13_INITIATIVE_RULES, before), initiativeRulesWith(ND13_INITIATIVE_RULES, override), scored);
    if (locked) throw new SettingsRejected({ criteria: locked }, 'conflict');
    const data = { rules: override as Prisma.InputJsonObject, scoringDueOn: s.scoringDueOn, updatedById: ctx.actor.id ?? null, updatedAt: ctx.now };
    await tx.initiativeYearSetting.upsert({ where: { schoolYearId }, create: { schoolId, schoolYearId, ...data }, update: data });
    const submissionBefore = await saveSubmissionDeadline(tx, schoolId, schoolYearId, s.submissionDueOn);
    await recordEvent(tx, ctx, {
      action: 'initiative.settings',
      subject: 'SchoolYear',
      subjectId: schoolYearId,
      before: { rules: before, scoringDueOn: row?.scoringDueOn ?? null, submissionDueOn: submissionBefore },
      after: { rules: override, scoringDueOn: s.scoringDueOn, submissionDueOn: s.submissionDueOn },
    });
  });
}
