// Forms of rule-set authoring: copy (source, name, period), general (name, period), activation (reason), stopping
// (from a day or entirely, reason), add a row.
import { z } from 'zod';
import { optionalDate, requiredDate, requiredText, formString } from '../../http/formFields.ts';

export const copyForm = z.object({
  sourceId: formString.pipe(z.string().min(1, 'form.choose').max(80)),
  name: requiredText(200),
  effectiveFrom: requiredDate,
  effectiveTo: optionalDate,
});

export const generalForm = z.object({ name: requiredText(200), effectiveFrom: requiredDate, effectiveTo: optionalDate });

export const activateForm = z.object({ reason: requiredText(500) });

/** Stop applying: from a day (the first day no longer covered) or entirely; a reason either way. */
export const stopForm = z
  .object({ mode: formString.pipe(z.enum(['from', 'entirely'], { message: 'form.choose' })), stopFrom: optionalDate, reason: requiredText(500) })
  .superRefine((v, ctx) => {
    if (v.mode === 'from' && !v.stopFrom) ctx.addIssue({ code: 'custom', path: ['stopFrom'], message: 'field.required' });
  });

export const addRowForm = z.object({
  kind: formString.pipe(z.string().min(1, 'form.choose').max(40)),
  parent: formString.transform((v) => (v === '' ? null : Number(v))).pipe(z.number().int().min(0).max(500).nullable()),
});
