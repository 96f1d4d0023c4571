// Login form.
import { z } from 'zod';

export const loginForm = z.object({
  username: z.string().trim().toLowerCase().min(1, 'field.required').max(100),
  password: z.string().min(1, 'field.required').max(1000),
  next: z.string().optional(),
});

/** Only same-site paths are followed after login (no open redirect). */
export function safeNextPath(next: string | undefined): string {
  return next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/';
}
