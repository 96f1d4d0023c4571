// Command: asks for an export of the year's dossier to one receiver. Under a per-(year, receiver) advisory lock:
// the completeness check must be clean unless the chair overrides it with a reason (audited) — except the size bound,
// which nobody overrides; unchanged data returns
// the existing version (same files); otherwise a new version is queued for the export worker.
import type { CommandContext } from '../../audit/recordEvent.ts';
import { recordEvent } from '../../audit/recordEvent.ts';
import { checkDossier } from '../../domain/dossiers/checkDossier.ts';
import { AppError } from '../../errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { DossierJobs } from '../../jobs/dossierWorker.ts';
import { dossierFingerprint } from './dossierFingerprint.ts';
import { submissionForNewVersion, withSubmission } from './dossierSubmission.ts';
import { loadDossierInput } from './loadDossierInput.ts';

export interface ExportRequest {
  startYear: number;
  receiver: string;
  /** The chair's reason for exporting an incomplete dossier; null when none is given. */
  overrideReason: string | null;
  /** Whether the actor may override (the chair's permission, checked by the caller's policy). */
  mayOverride: boolean;
  /** The dossier's size bound (DOSSIER_MAX_MB); absent: the default. */
  maxBytes?: number;
}

/** Queues (or finds) the export, and after commit sends its job to `jobs`; returns the DossierExport id and whether it is new. */
export async function requestDossierExport(
  prisma: PrismaClient,
  ctx: CommandContext,
  req: ExportRequest,
  jobs?: DossierJobs,
): Promise<{ id: string; created: boolean }> {
  const { schoolId } = ctx.actor;
  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`dossier:${schoolId}:${req.startYear}:${req.receiver}`}))`;
      const loaded = await loadDossierInput(tx, { schoolId, startYear: req.startYear, receiver: req.receiver, version: 0, maxBytes: req.maxBytes });
      const { ruleSet } = loaded;
      let input = loaded.input;
      const issues = checkDossier(input, ruleSet.dossierParts);
      // The size bound is not the chair's to override: the upper level's channels refuse a bigger file.
      if (issues.some((i) => i.code === 'dossierTooLarge')) throw new AppError('conflict', 'dossiers.refusal.tooLarge');
      if (issues.length && !(req.mayOverride && req.overrideReason)) throw new AppError('conflict', 'dossiers.refusal.incomplete');
      // The tờ trình this version carries: the current one while its text matches, else a new number (after a
      // return, or when the data it lists changed). Taken before the fingerprint, which covers its number.
      const submission = await submissionForNewVersion(tx, ctx, input, ruleSet, loaded.submission);
      if (submission) input = withSubmission(input, submission);
      const fingerprint = dossierFingerprint(input);
      const rows = await tx.dossierExport.findMany({
        where: { schoolId, receiver: req.receiver, schoolYear: { startYear: req.startYear } },
        orderBy: { version: 'desc' },
        select: { id: true, version: true, status: true, fingerprint: true, returnedOn: true },
      });
      const same = rows.find((r) => r.fingerprint === fingerprint && r.returnedOn === null && r.status !== 'failed');
      if (same) return { id: same.id, created: false };
      const year = await tx.schoolYear.findFirstOrThrow({ where: { schoolId, startYear: req.startYear } });
      const version = (rows[0]?.version ?? 0) + 1;
      const row = await tx.dossierExport.create({
        data: {
          schoolId,
          schoolYearId: year.id,
          receiver: req.receiver,
          version,
          fingerprint,
          overrideReason: issues.length ? req.overrideReason : null,
          createdById: ctx.actor.id,
          submissionDocId: submission?.id ?? null,
        },
      });
      await recordEvent(tx, ctx, {
        action: issues.length ? 'dossier.export.override' : 'dossier.export.request',
        subject: 'DossierExport',
        subjectId: row.id,
        after: {
          version,
          receiver: req.receiver,
          submission: submission?.symbol ?? null,
          issues: issues.map((i) => `${i.code}:${i.nominee ?? ''}`),
          overrideReason: issues.length ? req.overrideReason : null,
        },
      });
      return { id: row.id, created: true };
    },
    { timeout: 60_000 },
  );
  // After commit: a job must never point at a row that was rolled back. Should this send fail, the row stays queued
  // and the worker sends it again when it starts.
  if (result.created) await jobs?.enqueue(result.id);
  return result;
}
