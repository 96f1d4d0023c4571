// Password forms.
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { formString } from '../../http/formFields.ts';

const newPassword = formString.pipe(z.string().min(MIN_PASSWORD_LENGTH, 'account.passwordTooShort').max(200, 'form.tooLong'));

export const changePasswordForm = z
  .object({ current: z.string().min(1, 'field.required'), next: newPassword, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'account.passwordMismatch' });

export const resetPasswordForm = z
  .object({ next: newPassword, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'account.passwordMismatch' });
