// Staff form and list filters.
import { z } from 'zod';
import { cleanText } from '../../domain/text.ts';

const text = (max: number) => z.string().transform(cleanText).pipe(z.string().max(max, 'form.tooLong'));
const requiredText = (max: number) => z.string().transform(cleanText).pipe(z.string().min(1, 'field.required').max(max, 'form.tooLong'));
const optionalText = (max: number) => text(max).transform((v) => (v === '' ? null : v));

/** A calendar date from <input type="date"> (yyyy-mm-dd) or typed dd/mm/yyyy; '' → null. */
export const optionalDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '') return null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (!y || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
      ctx.addIssue({ code: 'custom', message: 'form.invalidDate' });
      return z.NEVER;
    }
    return date;
  });

export const staffForm = z.object({
  code: requiredText(20).pipe(z.string().regex(/^[\p{L}\p{N}_-]+$/u, 'staff.codeFormat')),
  fullName: requiredText(100),
  gender: z.enum(['male', 'female'], { message: 'form.choose' }),
  birthDate: optionalDate,
  position: requiredText(100),
  collectiveId: z.string().transform((v) => (v === '' ? null : v)).pipe(z.uuid({ message: 'form.choose' }).nullable()),
  specialty: optionalText(100),
  qualification: optionalText(100),
  joinedSectorOn: optionalDate,
  contractType: z.enum(['civil_servant', 'contract'], { message: 'form.choose' }),
  active: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});
export type StaffInput = z.infer<typeof staffForm>;

export const staffListQuery = z.object({
  q: z.string().max(100).optional().default(''),
  collectiveId: z.string().optional().default(''),
  status: z.enum(['active', 'left', 'all']).optional().default('active'),
});
