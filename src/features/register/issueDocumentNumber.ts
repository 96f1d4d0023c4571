// Command: take the next number of the register (sổ văn bản) for a type and year, inside the caller's transaction.
// The counter row is incremented with one INSERT … ON CONFLICT DO UPDATE: concurrent transactions queue on its row
// lock, so numbers are distinct and consecutive; a rolled-back transaction gives its number back (no gaps).
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { documentSymbol } from './documentTypes.ts';

export interface IssueInput {
  type: string;
  title: string;
  /** The issuing instant or calendar day; the register keeps its Vietnam calendar day. */
  issuedOn: Date;
  issuerCode: string;
  subject?: string;
  subjectId?: string;
}

/** Registers an outgoing document and returns it with its number and symbol. */
export async function issueDocumentNumber(tx: Prisma.TransactionClient, ctx: CommandContext, input: IssueInput) {
  const schoolId = ctx.actor.schoolId;
  // The register's day and year are Vietnam's: an approval at 23:30 UTC on 31/12 is numbered in the next year.
  const issuedOn = vietnamDay(input.issuedOn);
  const year = issuedOn.getUTCFullYear();
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "DocumentCounter" ("schoolId", year, type, last) VALUES (${schoolId}::uuid, ${year}, ${input.type}, 1)
    ON CONFLICT ("schoolId", year, type) DO UPDATE SET last = "DocumentCounter".last + 1
    RETURNING last`;
  const number = rows[0]!.last;
  const doc = await tx.issuedDocument.create({
    data: {
      schoolId,
      year,
      type: input.type,
      number,
      symbol: documentSymbol(number, input.type, input.issuerCode),
      title: input.title,
      issuedOn,
      subject: input.subject ?? null,
      subjectId: input.subjectId ?? null,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
    },
  });
  await recordEvent(tx, ctx, { action: 'register.issue', subject: 'IssuedDocument', subjectId: doc.id, after: { symbol: doc.symbol, title: doc.title } });
  return doc;
}
