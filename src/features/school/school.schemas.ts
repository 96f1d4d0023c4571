// School and school-year settings forms.
import { z } from 'zod';
import { cleanText } from '../../domain/text.ts';
import { optionalDate } from '../staff/staff.schemas.ts';

const required = (max: number) => z.string().transform(cleanText).pipe(z.string().min(1, 'field.required').max(max, 'form.tooLong'));

export const schoolForm = z.object({
  name: required(200),
  governingBody: required(200),
  address: required(300),
  placeName: required(100),
  documentPrefix: required(30).pipe(z.string().regex(/^[\p{Lu}\p{N}.-]+$/u, 'school.prefixFormat')),
});

export const schoolYearForm = z.object({
  governingBody: required(200),
  upperCouncil: required(200),
  evaluationDate: optionalDate.pipe(z.date({ message: 'field.required' })),
});
