// Forms and parameters of the dossier pages.
import { z } from 'zod';
import { formString, optionalText, requiredDate, requiredText } from '../../http/formFields.ts';

export const exportForm = z.object({ receiver: requiredText(300), overrideReason: optionalText(1000) });
export const sentForm = z.object({ sentOn: requiredDate, channel: requiredText(100), reference: optionalText(200) });
export const returnedForm = z.object({ returnedOn: requiredDate, reason: requiredText(1000) });
export const reportForm = z.object({
  birthDate: optionalText(20),
  gender: optionalText(20),
  hometown: optionalText(300),
  qualification: optionalText(300),
  duties: optionalText(4000),
  achievements: formString
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((l) => l.normalize('NFC').trim())
        .filter(Boolean)
        .slice(0, 50),
    )
    .pipe(z.array(z.string().max(4000, 'form.tooLong'))), // the stored content's limit per line: refused beside the field, not a 500
  action: z.enum(['save', 'confirm']).catch('save'),
});
export const idParam = z.object({ id: z.uuid() });
