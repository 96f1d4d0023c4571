// Account forms.
import { z } from 'zod';

export const newUserForm = z.object({
  username: z.string().trim().toLowerCase().min(3, 'users.usernameFormat').max(40, 'users.usernameFormat').regex(/^[a-z0-9._-]+$/, 'users.usernameFormat'),
  staffId: z.string().transform((v) => (v === '' ? null : v)).pipe(z.uuid({ message: 'form.choose' }).nullable()),
  isAdmin: z.preprocess((v) => v === 'on', z.boolean()),
}).refine((v) => v.isAdmin || v.staffId, { path: ['staffId'], message: 'users.staffOrAdmin' });
export type NewUserInput = z.infer<typeof newUserForm>;
