// Plan forms. Multi-line fields hold one item per line; "căn cứ" lines are "số | dd/mm/yyyy | cơ quan | trích yếu".
import { z } from 'zod';
import { formString, requiredText } from '../../http/formFields.ts';
import { isoOfCalendarDate, parseCalendarDate, type DateRefusal } from '../../domain/calendarDate.ts';
import { cleanText } from '../../domain/text.ts';

const lines = formString.transform((v) => v.split(/\r?\n/).map(cleanText).filter(Boolean));

const integer = (message: string) => formString.transform((v) => (v.trim() === '' ? NaN : Number(v))).pipe(z.number({ message }).int(message));

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
  basedOn: lines,
  anniversaries: lines,
  revision: integer('form.invalid'),
});

/** A line's date part: empty → null; otherwise the one date parser decides (31/02 is refused, not dropped). */
function lineDate(text: string | undefined): { date: string | null; refusal: DateRefusal | null } {
  if (!text) return { date: null, refusal: null };
  const parsed = parseCalendarDate(text);
  return parsed.ok ? { date: isoOfCalendarDate(parsed.value), refusal: null } : { date: null, refusal: parsed.reason };
}

/** "102/KH-HĐTĐKT | 21/02/2024 | HĐTĐKT quận Long Biên | Kế hoạch …" → a căn cứ entry (missing parts → null). */
export function parseBasedOnLine(line: string) {
  const [number, dateText, issuer, ...rest] = line.split('|').map((p) => p.trim());
  const { date, refusal } = lineDate(dateText);
  return { entry: { number: number || null, date, issuer: issuer || null, title: rest.join(' | ') || number || line }, refusal };
}

/** "Kỷ niệm 70 năm Ngày Giải phóng Thủ đô | 10/10/2024" → an anniversary entry. */
export function parseAnniversaryLine(line: string) {
  const [name, dateText] = line.split('|').map((p) => p.trim());
  const { date, refusal } = lineDate(dateText);
  return { entry: { name: name ?? line, date }, refusal };
}

/** Parses every line; the first line whose date is refused is reported with its number (1-based). */
export function parseDatedLines<T>(lines: string[], parse: (line: string) => { entry: T; refusal: DateRefusal | null }) {
  const parsed = lines.map(parse);
  const bad = parsed.findIndex((p) => p.refusal !== null);
  return { entries: parsed.map((p) => p.entry), problem: bad < 0 ? null : { line: bad + 1, refusal: parsed[bad]!.refusal! } };
}

/** "HĐTĐKT quận | để báo cáo" → a recipient. */
export function parseRecipientLine(line: string) {
  const [name, purpose] = line.split('|').map((p) => p.trim());
  return purpose ? { name: name ?? line, purpose } : { name: name ?? line };
}
