// Form helpers: zod issues → one message per field (the first), as catalogue keys or sentences.
import type { ZodError } from 'zod';
import { messageRef } from '../i18n/index.ts';

export type FieldErrors = Record<string, string>;

/** The first message of each field of a failed parse. */
export function fieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    // "Nội dung quá dài" alone leaves the user guessing: the message states the limit (issue 15 §8).
    const limit = issue.code === 'too_big' && issue.message === 'form.tooLong' ? Number(issue.maximum) : null;
    out[key] ??= limit !== null ? messageRef('form.tooLongMax', { max: limit.toLocaleString('vi-VN') }) : issue.message;
  }
  return out;
}

/** The submitted form as a plain record, to show back what was typed (parse it with zod before using any value). */
export function formValues(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** A field sent once, many times or not at all (checkboxes, multi-selects), as a list. */
export function formList(body: unknown, name: string): unknown[] {
  const value = formValues(body)[name];
  return value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value];
}

/** A submitted or query value as text: '' when absent, repeated or not a string. */
export function formText(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}
