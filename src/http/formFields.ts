// Field schemas shared by every form: a missing field reads as empty, text is NFC and single-spaced, and every
// message is a catalogue key (Vietnamese by default), never zod's English default.
import { z } from 'zod';
import { dateMessageKey, parseCalendarDate, whyNotBirthDate } from '../domain/calendarDate.ts';
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

/** A calendar date from <input type="date"> (yyyy-mm-dd) or typed dd/mm/yyyy, at UTC midnight, within DATE_BOUNDS; '' → null. */
export const optionalDate = formString.transform((raw, ctx) => {
  if (raw.trim() === '') return null;
  const parsed = parseCalendarDate(raw);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: dateMessageKey(parsed.reason) });
  return z.NEVER;
});

/** An optional birth date: a valid date, not after `today` (Vietnam's calendar day), giving a plausible age. */
export const optionalBirthDate = (today: Date) =>
  optionalDate.superRefine((date, ctx) => {
    const why = date ? whyNotBirthDate(date, today) : null;
    if (why) ctx.addIssue({ code: 'custom', message: dateMessageKey(why) });
  });

/** A required date. */
export const requiredDate = optionalDate.pipe(z.date({ message: 'field.required' }));

/** A checkbox: checked when sent as on/true. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
