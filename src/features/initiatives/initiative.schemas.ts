// Forms of the initiative feature: the submission (đơn + báo cáo mô tả), scores, recusals, assignments, decisions.
import { z } from 'zod';
import { formString, optionalDate, requiredDate, requiredText } from '../../http/formFields.ts';

/** Multi-line text kept as typed (NFC, trimmed), up to max characters. */
const longText = (max: number, required = false) =>
  formString
    .transform((v) => v.normalize('NFC').replace(/\r\n/g, '\n').trim())
    .pipe(required ? z.string().min(1, 'field.required').max(max, 'form.tooLong') : z.string().max(max, 'form.tooLong'));

const list = z.preprocess((v: unknown) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.string().max(40)));

/** Up to this many authors per initiative (the author and co-authors). */
export const MAX_AUTHORS = 5;

export const initiativeForm = z
  .object({
    title: requiredText(300),
    field: requiredText(120),
    firstAppliedOn: optionalDate,
    appliedWhere: longText(500),
    problem: longText(10_000, true),
    solution: longText(20_000, true),
    novelty: longText(10_000, true),
    benefits: longText(10_000, true),
    beforeFigures: longText(2_000),
    afterFigures: longText(2_000),
    scope: longText(2_000),
    authorIds: list,
    shares: list,
    revision: formString.transform((v) => (v === '' ? undefined : Number(v))).pipe(z.number().int().optional()),
    action: formString.pipe(z.enum(['save', 'submit']).catch('save')),
  })
  .transform((v, ctx) => {
    const authors: { staffId: string; sharePct: number }[] = [];
    v.authorIds.slice(0, MAX_AUTHORS).forEach((staffId, i) => {
      if (!staffId) return;
      const raw = (v.shares[i] ?? '').trim();
      if (!/^\d{1,3}$/.test(raw)) ctx.addIssue({ code: 'custom', path: ['authors'], message: 'initiatives.shareWhole' });
      authors.push({ staffId, sharePct: Number(raw) });
    });
    if (authors.some((a) => !z.uuid().safeParse(a.staffId).success)) ctx.addIssue({ code: 'custom', path: ['authors'], message: 'form.choose' });
    return { ...v, authors };
  });
export type InitiativeInput = z.infer<typeof initiativeForm>;

/** The rubric's points come as points[criterionKey]; parsed against the year's rubric by the domain. */
export const scoreForm = z.object({
  comment: longText(5_000),
  correctionReason: longText(1_000),
});

export const recusalForm = z.object({ reason: requiredText(1_000) });
export const assignForm = z.object({ staffId: formString.pipe(z.uuid({ message: 'form.choose' })) });
export const upperDecisionForm = z.object({
  upperLevel: formString.pipe(z.enum(['thanh_pho', 'toan_quoc'], { message: 'form.choose' })),
  upperGrade: formString.transform((v) => v.trim()).pipe(z.string().max(10, 'form.tooLong')),
  upperDecisionNumber: requiredText(60),
  upperDecisionDate: optionalDate.pipe(z.date({ message: 'field.required' })),
});
export const proposalForm = z.object({ proposedOn: requiredDate, proposalNumber: requiredText(60) });

/** Statuses the organisers' list can be filtered by (index InitiativeRecord(schoolId, schoolYearId, status)). */
export const LISTED_STATUSES = ['submitted', 'under_review', 'scored', 'recognised', 'not_recognised', 'withdrawn'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

/** The /initiatives list's query: page and an optional status; a bad value falls back to the default. */
export const initiativeListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
  status: z.enum(LISTED_STATUSES).optional().catch(undefined),
});
