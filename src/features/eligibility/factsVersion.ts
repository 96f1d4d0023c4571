// The version of a school's eligibility facts (FactsVersion). The fact tables bump it by trigger in the writing
// statement's transaction (track_facts_table() in the migrations); a command whose write changes a fact the triggers
// cannot see calls bumpFactsVersion() inside its transaction. Cached eligibility results are keyed by it.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

/** Marks the school's facts as changed; call inside the transaction that changes them. */
export async function bumpFactsVersion(tx: Prisma.TransactionClient, schoolId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "FactsVersion" ("schoolId", version) VALUES (${schoolId}::uuid, 1)
    ON CONFLICT ("schoolId") DO UPDATE SET version = "FactsVersion".version + 1`;
}

/** The school's current facts version (0 before any write). */
export async function readFactsVersion(prisma: PrismaClient, schoolId: string): Promise<bigint> {
  const row = await prisma.factsVersion.findUnique({ where: { schoolId }, select: { version: true } });
  return row?.version ?? 0n;
}
