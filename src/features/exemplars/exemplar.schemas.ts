// Forms of the exemplar pages: the exemplar itself (kind, subject, title, story, deed date) and its consent record.
import { z } from 'zod';
import { formString, optionalDate, optionalId, optionalText, requiredDate, requiredText } from '../../http/formFields.ts';

export const EXEMPLAR_KINDS = ['dien_hinh_tien_tien', 'nguoi_tot_viec_tot'] as const;
export const EXEMPLAR_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export const CONSENT_METHODS = ['written_form', 'signed_paper', 'in_app'] as const;
export const SUBJECT_TYPES = ['staff', 'collective', 'name'] as const;
export const TITLE_MAX = 200;
export const STORY_MAX = 20_000;

/** A story keeps its paragraphs: NFC, lines single-spaced and trimmed, at most one blank line between paragraphs. */
export function cleanStory(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const exemplarForm = z
  .object({
    kind: z.enum(EXEMPLAR_KINDS, { message: 'form.choose' }),
    subjectType: z.enum(SUBJECT_TYPES, { message: 'form.choose' }),
    staffId: optionalId,
    collectiveId: optionalId,
    subjectName: optionalText(200),
    title: requiredText(TITLE_MAX),
    story: formString.transform(cleanStory).pipe(z.string().min(1, 'field.required').max(STORY_MAX, 'form.tooLong')),
    deedOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    // Exactly one subject, the one the radio names (the database checks it too).
    if (v.subjectType === 'staff' && !v.staffId) ctx.addIssue({ code: 'custom', path: ['staffId'], message: 'exemplars.form.chooseStaff' });
    if (v.subjectType === 'collective' && !v.collectiveId) ctx.addIssue({ code: 'custom', path: ['collectiveId'], message: 'exemplars.form.chooseCollective' });
    if (v.subjectType === 'name' && !v.subjectName) ctx.addIssue({ code: 'custom', path: ['subjectName'], message: 'exemplars.form.nameRequired' });
  })
  .transform((v) => ({
    kind: v.kind,
    staffId: v.subjectType === 'staff' ? v.staffId : null,
    collectiveId: v.subjectType === 'collective' ? v.collectiveId : null,
    subjectName: v.subjectType === 'name' ? v.subjectName : null,
    title: v.title,
    story: v.story,
    deedOn: v.deedOn,
  }));
export type ExemplarInput = z.infer<typeof exemplarForm>;

export const consentForm = z.object({
  consentBy: requiredText(200),
  consentOn: requiredDate,
  consentMethod: z.enum(CONSENT_METHODS, { message: 'form.choose' }),
});
export type ConsentInput = z.infer<typeof consentForm>;

/** Filters of the list: a school year (its start year), a kind, a status; anything else is ignored. */
export const listFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  kind: z.enum(EXEMPLAR_KINDS).optional().catch(undefined),
  status: z.enum(EXEMPLAR_STATUSES).optional().catch(undefined),
});

/** A school code in a public address (letters, digits, dash, underscore). */
export const schoolCodeParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
