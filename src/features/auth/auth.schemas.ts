// Login form.
import { z } from 'zod';
import { formString } from '../../http/formFields.ts';

export const loginForm = z.object({
  username: formString.transform((v) => v.trim().toLowerCase()).pipe(z.string().min(1, 'field.required').max(100, 'form.tooLong')),
  password: formString.pipe(z.string().min(1, 'field.required').max(1000, 'form.tooLong')),
  next: z.string().optional(),
});

/** Only same-site paths are followed after login (no open redirect). */
export function safeNextPath(next: string | undefined): string {
  return next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/';
}
