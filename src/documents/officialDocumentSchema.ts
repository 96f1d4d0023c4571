// The zod schema of the document model (model.ts): how a stored snapshot is read back and checked before rendering.
import { z } from 'zod';
import type { OfficialDocument } from './model.ts';

const calendarDate = z.object({ year: z.number().int(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });
const yearOnly = z.object({ year: z.number().int(), month: z.undefined().optional(), day: z.undefined().optional() });

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string(), lead: z.string().optional() }),
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), number: z.string(), text: z.string() }),
  z.object({ kind: z.literal('bullets'), items: z.array(z.string()) }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.object({ title: z.string(), width: z.number(), align: z.enum(['left', 'center', 'right']).optional() })),
    rows: z.array(z.array(z.string())),
  }),
  z.object({ kind: z.literal('spacer'), points: z.number().optional() }),
  z.object({ kind: z.literal('pageBreak') }),
]);

/** An OfficialDocument as stored in JSON. */
export const officialDocumentSchema: z.ZodType<OfficialDocument> = z.object({
  header: z.object({
    parentAgency: z.string().optional(),
    issuingAgency: z.string(),
    number: z.string(),
    place: z.string(),
    date: z.union([calendarDate, yearOnly]),
    unnumbered: z.boolean().optional(),
  }),
  typeName: z.string(),
  summary: z.string(),
  letter: z.object({ addressees: z.array(z.string()).min(1) }).optional(),
  body: z.array(block),
  signature: z.object({ authority: z.string().optional(), title: z.string(), name: z.string() }),
  recipients: z.array(z.object({ name: z.string(), purpose: z.string().optional() })),
  archive: z.array(z.string()),
  annexes: z.array(z.object({ label: z.string(), title: z.string(), reference: z.string(), body: z.array(block) })).optional(),
  draft: z.boolean().optional(),
  title: z.string().optional(),
  author: z.string().optional(),
});
