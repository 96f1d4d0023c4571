// Field schemas shared by every form: a missing field reads as empty, text is NFC and single-spaced, and every
// message is a catalogue key (Vietnamese by default), never zod's English default.
import { z } from 'zod';
import { cleanText } from '../domain/text.ts';

/** Any submitted value as a string ('' when the field was not sent). */
export const formString = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string({ message: 'form.invalid' }));

/** Required text up to max characters. */
export const requiredText = (max: number) => formString.transform(cleanText).pipe(z.string().min(1, 'field.required').max(max, 'form.tooLong'));

/** Optional text up to max characters ('' → null). */
export const optionalText = (max: number) =>
  formString
    .transform(cleanText)
    .pipe(z.string().max(max, 'form.tooLong'))
    .transform((v) => (v === '' ? null : v));

/** An optional reference to a row ('' → null), a UUID otherwise. */
export const optionalId = formString.transform((v) => (v === '' ? null : v)).pipe(z.uuid({ message: 'form.choose' }).nullable());

/** A calendar date from <input type="date"> (yyyy-mm-dd) or typed dd/mm/yyyy, at UTC midnight; '' → null. */
export const optionalDate = formString.transform((raw, ctx) => {
  const v = raw.trim();
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

/** A required date. */
export const requiredDate = optionalDate.pipe(z.date({ message: 'field.required' }));

/** A checkbox: checked when sent as on/true. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
