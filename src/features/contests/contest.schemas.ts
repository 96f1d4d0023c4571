// Forms of the contest pages: the contest (title, rules, window), an entry (title, co-authors, subject, text) and
// the judges' score (0–100 with one decimal, a prize, a comment).
import { z } from 'zod';
import { formString, optionalId, optionalText, requiredDate, requiredText } from '../../http/formFields.ts';
import { cleanStory } from '../exemplars/exemplar.schemas.ts';

export const CONTEST_STATES = ['draft', 'open', 'closed', 'published'] as const;
export const PRIZES = ['nhat', 'nhi', 'ba', 'khuyen_khich'] as const;
export type Prize = (typeof PRIZES)[number];
export const TITLE_MAX = 300;
export const RULES_MAX = 20_000;
/** Longest entry text: about ten printed pages, what a school round asks for. */
export const BODY_MAX = 30_000;
/** Largest entry file (PDF or DOCX). */
export const ENTRY_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const ENTRY_FILE_TYPES: readonly string[] = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export const contestForm = z
  .object({
    title: requiredText(TITLE_MAX),
    rules: formString.transform(cleanStory).pipe(z.string().min(1, 'field.required').max(RULES_MAX, 'form.tooLong')),
    opensOn: requiredDate,
    closesOn: requiredDate,
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'contests.form.closesBeforeOpens' });
  });
export type ContestInput = z.infer<typeof contestForm>;

export const entryForm = z
  .object({
    title: requiredText(TITLE_MAX),
    coAuthors: optionalText(500),
    exemplarId: optionalId,
    subjectName: optionalText(200),
    body: formString
      .transform(cleanStory)
      .pipe(z.string().max(BODY_MAX, 'form.tooLong'))
      .transform((v) => (v === '' ? null : v)),
  })
  .superRefine((v, ctx) => {
    if (v.exemplarId && v.subjectName) ctx.addIssue({ code: 'custom', path: ['subjectName'], message: 'contests.form.oneSubject' });
  });
export type EntryInput = z.infer<typeof entryForm>;

/** "85", "85.5" or "85,5" (Vietnamese decimal comma) → 85.5; 0–100 with at most one decimal. */
const scoreField = formString.transform((raw, ctx) => {
  const m = /^\s*(\d{1,3})(?:[.,](\d))?\s*$/.exec(raw);
  const value = m ? Number(`${m[1]}.${m[2] ?? '0'}`) : NaN;
  if (raw.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'field.required' });
    return z.NEVER;
  }
  if (!m || value > 100) {
    ctx.addIssue({ code: 'custom', message: 'contests.form.score' });
    return z.NEVER;
  }
  return value;
});

export const scoreForm = z.object({
  score: scoreField,
  prize: formString.pipe(z.enum(['', ...PRIZES], { message: 'form.choose' })).transform((v) => (v === '' ? null : v)),
  judgeComment: optionalText(2000),
});
export type ScoreInput = z.infer<typeof scoreForm>;

/** The list's filter: a school year by its start year; anything else is ignored. */
export const contestFilters = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });
