// Turning a command's field-level AppError into the same 422 re-render as a validation failure.
import { AppError } from '../errors.ts';
import type { FieldErrors } from './forms.ts';

/** Field errors carried by an unprocessable AppError, or undefined for any other error. */
export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (error instanceof AppError && error.code === 'unprocessable') {
    return { [error.field ?? '_form']: error.userMessage ?? 'form.invalid' };
  }
  return undefined;
}
