// Command: take a number in the register for a document made outside the app (typed title, type and date).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { COUNCIL_ISSUER_CODE } from './documentTypes.ts';
import { issueDocumentNumber } from './issueDocumentNumber.ts';

const REPEAT_WINDOW_MS = 2 * 60_000;

/**
 * Numbers the document; the same request again within two minutes (a double click, a resent form) returns the number
 * already given instead of taking a second one. Concurrent requests queue on a per-type lock to see each other.
 */
export async function takeRegisterNumber(prisma: PrismaClient, o: { ctx: CommandContext; type: string; title: string; issuedOn: Date }) {
  const { ctx } = o;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register:${ctx.actor.schoolId}:${o.type}`}))`;
    const repeat = await tx.issuedDocument.findFirst({
      where: {
        schoolId: ctx.actor.schoolId,
        type: o.type,
        title: o.title,
        issuedOn: vietnamDay(o.issuedOn),
        createdBy: ctx.actor.id,
        subject: null,
        createdAt: { gte: new Date(ctx.now.getTime() - REPEAT_WINDOW_MS) },
      },
    });
    return repeat ?? issueDocumentNumber(tx, ctx, { type: o.type, title: o.title, issuedOn: o.issuedOn, issuerCode: COUNCIL_ISSUER_CODE });
  });
}
