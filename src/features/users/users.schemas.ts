// Account forms.
import { z } from 'zod';
import { checkbox, formString, optionalId } from '../../http/formFields.ts';

export const newUserForm = z
  .object({
    username: formString
      .transform((v) => v.trim().toLowerCase())
      .pipe(
        z
          .string()
          .min(3, 'users.usernameFormat')
          .max(40, 'users.usernameFormat')
          .regex(/^[a-z0-9._-]+$/, 'users.usernameFormat'),
      ),
    staffId: optionalId,
    isAdmin: checkbox,
  })
  .refine((v) => v.isAdmin || v.staffId, { path: ['staffId'], message: 'users.staffOrAdmin' });
export type NewUserInput = z.infer<typeof newUserForm>;
