// English messages: dates (same keys as the Vietnamese part).
import { BIRTH_AGE, DATE_BOUNDS } from '../../domain/calendarDate.ts';
import type { dates as vi } from '../vi/dates.ts';

const { minYear, maxYear } = DATE_BOUNDS;

export const dates: Record<keyof typeof vi, string> = {
  'date.format': 'Write the date as dd/mm/yyyy, for example 05/09/2024.',
  'date.impossible': 'This day is not on the calendar (such as 31/02 or 30/02): check the day and the month.',
  'date.outOfRange': `The year must be from ${minYear} to ${maxYear} (dates from 01/01/${minYear} to 31/12/${maxYear}).`,
  'date.birthInFuture': 'A date of birth cannot be later than today.',
  'date.birthAge': `The date of birth must give an age from ${BIRTH_AGE.min} to ${BIRTH_AGE.max}.`,
  'date.planLine': 'Line {line}: {problem}',
};
