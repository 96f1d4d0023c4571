// Factories for the platform's rows: audit events, sessions, sign-in throttles, reset codes, the document register
// and frozen evaluations. Each takes the school it belongs to and builds the account it needs inside it.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { frozenEvaluationJson } from '../../src/features/eligibility/frozenEvaluationJson.ts';
import { buildUser } from './factories.ts';

const unique = () => randomBytes(4).toString('hex');

/** An account of the school: the given one, or a new one. */
export async function userIn(prisma: PrismaClient, schoolId: string, userId?: string): Promise<string> {
  return userId ?? (await buildUser(prisma, schoolId)).id;
}

/** An audit row of the school (append-only: the trigger refuses UPDATE and DELETE). */
export async function buildAuditEvent(prisma: PrismaClient, o: { schoolId: string; actorId?: string; action?: string; subject?: string; subjectId?: string }) {
  return prisma.auditEvent.create({
    data: {
      schoolId: o.schoolId,
      actorId: await userIn(prisma, o.schoolId, o.actorId),
      action: o.action ?? 'test.event',
      subject: o.subject ?? 'School',
      subjectId: o.subjectId ?? o.schoolId,
      after: { note: `sự kiện ${unique()}` },
    },
  });
}

/** A stored session (connect-pg-simple's layout) signed in as an account of the school. */
export async function buildSession(prisma: PrismaClient, o: { schoolId: string; userId?: string; expire?: Date }) {
  const userId = await userIn(prisma, o.schoolId, o.userId);
  return prisma.session.create({
    data: {
      sid: `sid-${unique()}${unique()}`,
      sess: { cookie: { originalMaxAge: 3_600_000, httpOnly: true, path: '/' }, passport: { user: userId } },
      expire: o.expire ?? new Date(Date.now() + 3_600_000),
    },
  });
}

/** Failed sign-ins counted for an account of the school ("user:<name>"), or for `key`. */
export async function buildLoginThrottle(prisma: PrismaClient, o: { schoolId: string; key?: string; failures?: number; lastFailureAt?: Date }) {
  const key = o.key ?? `user:${(await buildUser(prisma, o.schoolId)).username}`;
  return prisma.loginThrottle.create({ data: { key, failures: o.failures ?? 3, lastFailureAt: o.lastFailureAt ?? new Date() } });
}

/** A one-time reset code for an account of the school, made by another; returns the row and the raw code. */
export async function buildPasswordResetToken(prisma: PrismaClient, o: { schoolId: string; userId?: string; expiresAt?: Date; usedAt?: Date | null }) {
  const raw = randomBytes(24).toString('base64url');
  const row = await prisma.passwordResetToken.create({
    data: {
      schoolId: o.schoolId,
      userId: await userIn(prisma, o.schoolId, o.userId),
      tokenHash: createHash('sha256').update(raw).digest('hex'),
      expiresAt: o.expiresAt ?? new Date(Date.now() + 60 * 60_000),
      usedAt: o.usedAt ?? null,
      createdBy: (await buildUser(prisma, o.schoolId, { isAdmin: true })).id,
    },
  });
  return Object.assign(row, { raw });
}

/** The register's counter of one document type and calendar year. */
export function buildDocumentCounter(prisma: PrismaClient, o: { schoolId: string; year?: number; type?: string; last?: number }) {
  return prisma.documentCounter.create({ data: { schoolId: o.schoolId, year: o.year ?? 2026, type: o.type ?? 'TB', last: o.last ?? 1 } });
}

/** A numbered document in the register (a number taken for a document kept elsewhere: no snapshot). */
export async function buildIssuedDocument(prisma: PrismaClient, o: { schoolId: string; year?: number; type?: string; number?: number; title?: string }) {
  const year = o.year ?? 2026;
  const number = o.number ?? 1 + (randomBytes(2).readUInt16BE() % 9000);
  return prisma.issuedDocument.create({
    data: {
      schoolId: o.schoolId,
      year,
      type: o.type ?? 'TB',
      number,
      symbol: `${number}/${o.type ?? 'TB'}-TH`,
      title: o.title ?? `Thông báo ${unique()}`,
      issuedOn: new Date(Date.UTC(year, 10, 20)),
      createdBy: await userIn(prisma, o.schoolId),
    },
  });
}

/** A school year's verdicts frozen by a council decision (empty lists unless given). */
export async function buildFrozenEvaluation(prisma: PrismaClient, o: { schoolId: string; startYear?: number; frozenBy?: string }) {
  const startYear = o.startYear ?? 2026;
  const json = frozenEvaluationJson([], []);
  return prisma.frozenEvaluation.create({
    data: {
      schoolId: o.schoolId,
      startYear,
      ruleSetId: 'luat2022-nd152-2025',
      evaluationDate: new Date(Date.UTC(startYear + 1, 4, 25)),
      ...json,
      decisionRef: `${unique()}/QĐ-TH`,
      frozenAt: new Date(Date.UTC(startYear + 1, 4, 26, 3)),
      frozenBy: await userIn(prisma, o.schoolId, o.frozenBy),
    },
  });
}
