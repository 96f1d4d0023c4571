// Plan forms. Multi-line fields hold one item per line; "căn cứ" and anniversaries are rows of fields (planRows.ts).
import { z } from 'zod';
import { formString, requiredText } from '../../http/formFields.ts';
import { cleanText } from '../../domain/text.ts';

const lines = formString.transform((v) => v.split(/\r?\n/).map(cleanText).filter(Boolean));

const integer = (message: string) => formString.transform((v) => (v.trim() === '' ? NaN : Number(v))).pipe(z.number({ message }).int(message));

/** The approval form: the confirmations asked for carried-over marks and for a one-step approval. */
export const approveForm = z.object({ confirmCarryOver: formString.optional(), confirmOneStep: formString.optional() });

export const newPlanForm = z.object({ year: integer('plan.yearFormat').pipe(z.number().min(2000, 'plan.yearFormat').max(2100, 'plan.yearFormat')) });

/** The longest section body, in characters (the refusal names this limit). */
export const SECTION_MAX_CHARS = 100_000;

export const sectionForm = z.object({
  title: requiredText(300),
  body: formString.pipe(z.string().max(SECTION_MAX_CHARS, 'plan.sectionTooLong')),
  revision: integer('form.invalid'),
});

export const planMetaForm = z.object({
  title: requiredText(500),
  preamble: lines,
  closing: requiredText(5000),
  recipients: lines,
  signatureOnBehalfOf: formString.transform(cleanText),
  signatureTitle: requiredText(100),
  signatureName: requiredText(100),
  revision: integer('form.invalid'),
});

/** "HĐTĐKT quận | để báo cáo" → a recipient. */
export function parseRecipientLine(line: string) {
  const [name, purpose] = line.split('|').map((p) => p.trim());
  return purpose ? { name: name ?? line, purpose } : { name: name ?? line };
}
