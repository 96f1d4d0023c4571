// Form helpers: zod issues → one message per field (the first), as catalogue keys or sentences.
import type { ZodError } from 'zod';

export type FieldErrors = Record<string, string>;

/** The first message of each field of a failed parse. */
export function fieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}
