// Forms of the nominations page: the summary and justification of one nomination, the removal reason.
import { z } from 'zod';
import { optionalText, requiredText } from '../../http/formFields.ts';

export const nominationForm = z.object({
  summary: optionalText(4000).transform((v) => v ?? ''),
  justification: optionalText(2000).transform((v) => v ?? ''),
});

export const removalForm = z.object({ reason: requiredText(500) });
