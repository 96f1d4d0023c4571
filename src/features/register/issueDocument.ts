// Issuing an official document made by the app: a number from the register and the snapshot of what was issued,
// written in the caller's transaction so neither exists without the other. Every numbered document (register
// summary, plan versions, decisions, minutes, tờ trình…) goes through here; downloads render from the snapshot.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import type { CalendarDate, OfficialDocument } from '../../documents/model.ts';
import { issueDocumentNumber, type IssueInput } from './issueDocumentNumber.ts';
import { issuedSnapshotSchema } from './issuedSnapshot.ts';

/** What the model builder receives: the number and the Vietnam calendar day the register gave the document. */
export interface IssuedNumber {
  symbol: string;
  date: CalendarDate;
}

/** Takes the next number for `input` and stores `build(number)` as the document's snapshot; returns the register row. */
export async function issueDocument(
  tx: Prisma.TransactionClient,
  ctx: CommandContext,
  input: IssueInput & { kind: string; build: (issued: IssuedNumber) => OfficialDocument },
) {
  const { kind, build, ...numbering } = input;
  const doc = await issueDocumentNumber(tx, ctx, numbering);
  const d = doc.issuedOn;
  const model = build({ symbol: doc.symbol, date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } });
  // Parsing on the way in guarantees every stored snapshot can be read back (and drops undefined keys).
  const json = JSON.parse(JSON.stringify({ version: 1, kind, model })) as Prisma.InputJsonObject;
  issuedSnapshotSchema.parse(json);
  return tx.issuedDocument.update({ where: { id: doc.id }, data: { snapshot: json } });
}
