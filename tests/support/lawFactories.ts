// Factories for the eligibility cache's version row and the record coverage of the law's second round (issues 11, 16).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';

/** The school's facts version (one row per school, bumped by triggers on the fact tables). */
export function buildFactsVersion(prisma: PrismaClient, { schoolId, version = 1n }: { schoolId: string; version?: bigint }) {
  return prisma.factsVersion.upsert({ where: { schoolId }, create: { schoolId, version }, update: { version } });
}

/** The school's data version (ADR 022): written by the triggers on every write; this sets a fresh value by hand. */
export function buildDataVersion(prisma: PrismaClient, { schoolId, version = randomUUID() }: { schoolId: string; version?: string }) {
  return prisma.dataVersion.upsert({ where: { schoolId }, create: { schoolId, version }, update: { version } });
}

/** A declared complete year of one kind of record (inside it absence means "none"). */
export function buildRecordCoverage(
  prisma: PrismaClient,
  { schoolId, kind = 'ratings', startYear = 2023 }: { schoolId: string; kind?: string; startYear?: number },
) {
  return prisma.recordCoverage.create({ data: { schoolId, kind, startYear, source: 'page' } });
}
