// School and school-year settings forms.
import { z } from 'zod';
import { requiredDate, requiredText as required } from '../../http/formFields.ts';

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
  evaluationDate: requiredDate,
});
