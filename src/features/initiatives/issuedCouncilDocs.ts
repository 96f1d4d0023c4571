// The council's issued documents of a year, read back from their snapshot (validated: it is data from the database).
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { InitiativeCouncilDocData } from '../../documents/initiatives/initiativeDocumentData.ts';
import { DECISION_SUBJECT, MINUTES_SUBJECT } from './issueInitiativeDecision.ts';

const author = z.object({ name: z.string(), position: z.string(), sharePct: z.number() });
const docData = z.object({
  school: z.object({ name: z.string(), governingBody: z.string(), placeName: z.string() }),
  startYear: z.number(),
  symbol: z.string(),
  date: z.object({ year: z.number(), month: z.number(), day: z.number() }),
  regulation: z.array(z.string()),
  recognisedBy: z.string(),
  chairName: z.string(),
  secretaryName: z.string(),
  members: z.array(z.object({ name: z.string(), position: z.string(), present: z.boolean() })),
  recusals: z.array(z.object({ name: z.string(), initiative: z.string(), reason: z.string() })),
  rows: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      field: z.string(),
      authors: z.array(author),
      scores: z.array(z.object({ reviewer: z.string(), total: z.number() })),
      mean: z.number().nullable(),
      grade: z.string().nullable(),
    }),
  ),
  gradeLabels: z.record(z.string(), z.string()),
}) satisfies z.ZodType<InitiativeCouncilDocData>;
const snapshot = z.object({ version: z.literal(1), kind: z.string(), model: docData });

export type CouncilDocKind = 'minutes' | 'decision';

/** The issued minutes or decision of a school year with the data it was issued from, or null when not issued. */
export async function issuedCouncilDoc(prisma: PrismaClient, schoolId: string, schoolYearId: string, kind: CouncilDocKind) {
  const doc = await prisma.issuedDocument.findFirst({
    where: { schoolId, subject: kind === 'minutes' ? MINUTES_SUBJECT : DECISION_SUBJECT, subjectId: schoolYearId },
  });
  if (!doc) return null;
  return { doc, data: snapshot.parse(doc.snapshot).model };
}
