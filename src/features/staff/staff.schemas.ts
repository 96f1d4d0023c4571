// Staff form and list filters.
import { z } from 'zod';
import { checkbox, formString, optionalBirthDate, optionalDate, optionalId, optionalText, requiredText } from '../../http/formFields.ts';

/** The staff form; birth dates are checked against `today` (Vietnam's calendar day). */
export const staffForm = (today: Date) =>
  z.object({
    code: requiredText(20).pipe(z.string().regex(/^[\p{L}\p{N}_-]+$/u, 'staff.codeFormat')),
    fullName: requiredText(100),
    gender: formString.pipe(z.enum(['male', 'female'], { message: 'form.choose' })),
    birthDate: optionalBirthDate(today),
    position: requiredText(100),
    collectiveId: optionalId,
    specialty: optionalText(100),
    qualification: optionalText(100),
    joinedSectorOn: optionalDate,
    contractType: formString.pipe(z.enum(['civil_servant', 'contract'], { message: 'form.choose' })),
    active: checkbox,
  });
export type StaffInput = z.infer<ReturnType<typeof staffForm>>;

export const staffListQuery = z.object({
  q: z.string().max(100).optional().default('').catch(''),
  collectiveId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .default('')
    .catch(''),
  status: z.enum(['active', 'left', 'all']).optional().default('active').catch('active'),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(1).default(1),
});
