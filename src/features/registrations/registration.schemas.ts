// Registration forms.
import { z } from 'zod';
import { formString, optionalText, requiredText } from '../../http/formFields.ts';

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.string().max(40)));

export const registrationForm = z.object({
  titles: list,
  forms: list,
  initiativeTitle: optionalText(500),
  movementIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.uuid({ message: 'form.choose' }))),
  commitments: formString.pipe(z.string().max(10_000, 'form.tooLong')),
  revision: formString.transform((v) => (v === '' ? undefined : Number(v))).pipe(z.number().int().optional()),
  action: formString.pipe(z.enum(['save', 'submit']).catch('save')),
});
export type RegistrationInput = z.infer<typeof registrationForm>;

export const lateForm = z.object({ staffId: formString.pipe(z.uuid({ message: 'form.choose' })), lateReason: requiredText(1000) });
export const reviewForm = z
  .object({ decision: formString.pipe(z.enum(['approve', 'return'], { message: 'form.choose' })), reason: formString.transform((v) => v.trim()) })
  .refine((v) => v.decision === 'approve' || v.reason.length > 0, { path: ['reason'], message: 'registrations.returnNeedsReason' });
export const evidenceForm = z.object({ text: requiredText(10_000) });
export const progressForm = z.object({ note: requiredText(5_000) });
