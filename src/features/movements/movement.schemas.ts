// Movement form.
import { z } from 'zod';
import { formString, optionalDate, optionalId, optionalText, requiredText } from '../../http/formFields.ts';

export const LAUNCH_LEVELS = ['central', 'city', 'district_ward', 'labour_union', 'education_office', 'school'] as const;
export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export const MOVEMENT_STATUSES = ['planned', 'launched', 'midterm_reviewed', 'closed'] as const;

export const movementForm = z
  .object({
    name: requiredText(500),
    launchLevel: formString.pipe(z.enum(LAUNCH_LEVELS, { message: 'form.choose' })),
    kind: formString.pipe(z.enum(MOVEMENT_KINDS, { message: 'form.choose' })),
    periodText: optionalText(200),
    startsOn: optionalDate,
    endsOn: optionalDate,
    goals: formString.pipe(z.string().max(20_000, 'form.tooLong')),
    criteria: formString.pipe(z.string().max(20_000, 'form.tooLong')),
    wholeSchool: formString.transform((v) => v !== 'selected'),
    collectiveIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.uuid({ message: 'form.choose' }))),
    planId: optionalId,
    planSection: optionalText(30),
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.startsOn <= m.endsOn, { path: ['endsOn'], message: 'movements.endBeforeStart' })
  .refine((m) => m.wholeSchool || m.collectiveIds.length > 0, { path: ['collectiveIds'], message: 'movements.chooseCollectives' });
export type MovementInput = z.infer<typeof movementForm>;

export const statusForm = z.object({
  status: formString.pipe(z.enum(MOVEMENT_STATUSES, { message: 'form.choose' })),
  summary: formString.pipe(z.string().max(20_000, 'form.tooLong')),
});
