// Yearly report forms: the draft's texts (one paragraph a line), the signer and recipients, and the revision the
// form was loaded at; the school year in the address.
import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { formString, requiredText } from '../../http/formFields.ts';
import { REPORT_SECTIONS, SECTION_MAX, type ReportSection } from './yearReportContent.ts';

/** Section text: NFC, lines trimmed, at most SECTION_MAX characters (the message states the limit). */
const sectionText = formString
  .transform((v) =>
    v
      .normalize('NFC')
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .trim(),
  )
  .pipe(z.string().max(SECTION_MAX, 'yearReport.tooLong'));

const revision = formString.transform((v) => Number(v)).pipe(z.number({ message: 'form.invalid' }).int('form.invalid').min(1, 'form.invalid'));

export const reportForm = z.object({
  preamble: sectionText,
  ...(Object.fromEntries(REPORT_SECTIONS.map((k) => [k, sectionText])) as Record<ReportSection, typeof sectionText>),
  signerName: requiredText(100),
  recipients: formString.pipe(z.string().max(2000, 'yearReport.recipientsTooLong')),
  revision,
});
export type ReportForm = z.infer<typeof reportForm>;

export const issueForm = z.object({ revision, confirm: formString.pipe(z.literal('yes', { message: 'yearReport.confirmIssue' })) });
export const revisionForm = z.object({ revision });

/** The school year's start in the address (/year-reports/2025 for 2025-2026), or 404. */
export function startYearParam(req: Request): number {
  const n = Number(req.params.year);
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new AppError('not_found', 'error.notFound.body');
  return n;
}
