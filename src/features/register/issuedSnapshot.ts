// The snapshot an issued document keeps (IssuedDocument.snapshot): the exact document model it was issued as, with a
// format version so that later readers know how to read rows written today.
import { z } from 'zod';
import { officialDocumentSchema } from '../../documents/officialDocumentSchema.ts';

/** Version 1: `{ version: 1, kind, model }`, kind naming the document type ("registrationSummary", "annualPlan"…). */
export const issuedSnapshotSchema = z.object({ version: z.literal(1), kind: z.string().min(1), model: officialDocumentSchema });
export type IssuedSnapshot = z.infer<typeof issuedSnapshotSchema>;

/** The snapshot of a stored row, or null when the document was numbered without one (a document kept elsewhere). */
export function readIssuedSnapshot(value: unknown): IssuedSnapshot | null {
  return value === null || value === undefined ? null : issuedSnapshotSchema.parse(value);
}
