// The tờ trình of a dossier as an issued document: numbered in the register with the snapshot of what it says, so a
// version exported again after the live rows changed carries the same tờ trình. One per receiving body: the chair's
// approval numbers one for each body that decides part of the list (approveMeeting); a dossier version carries the
// receiver's current one, and a new one is issued (new number, new snapshot) when the previous version was returned
// by the upper level or when the tờ trình's text would no longer match the data (a nominee withdrawn, a position
// corrected): an issued document is never rewritten.
import { isDeepStrictEqual } from 'node:util';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { submissionDocument } from '../../documents/dossiers/submissionDocument.ts';
import type { CalendarDate, OfficialDocument } from '../../documents/model.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';
import type { RuleSet } from '../../domain/rules/ruleSetTypes.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { issuedSnapshotSchema, readIssuedSnapshot } from '../register/issuedSnapshot.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The snapshot kind of a tờ trình. */
export const SUBMISSION_KIND = 'dossierSubmission';

/** A numbered tờ trình: its register row, number, date and the model it was issued as (null for a number taken before snapshots). */
export interface IssuedSubmission {
  id: string;
  symbol: string;
  date: CalendarDate;
  model: OfficialDocument | null;
}

/** The receiver's tờ trình for a dossier: the issued one it carries (if any) and whether a new one must be issued. */
export interface SubmissionState {
  meetingId: string | null;
  doc: IssuedSubmission | null;
  /** The last version to this receiver was returned: the next one gets a new tờ trình. */
  returned: boolean;
}

/** The register title of the tờ trình to `receiver`. */
export const submissionTitle = (startYear: number, receiver: string) => `Tờ trình đề nghị khen thưởng năm học ${schoolYearLabel(startYear)} gửi ${receiver}`;

function issued(row: { id: string; symbol: string; issuedOn: Date; snapshot: unknown }): IssuedSubmission {
  return { id: row.id, symbol: row.symbol, date: vietnamDayParts(row.issuedOn), model: readIssuedSnapshot(row.snapshot)?.model ?? null };
}

/** The model of the tờ trình of `input` under `ruleSet` (its number and date as given in `input`). */
export function submissionModel(input: DossierInput, ruleSet: RuleSet): OfficialDocument {
  return submissionDocument(input, ruleSet.dossierParts.find((p) => p.kind === 'submission')?.form ?? null);
}

/** `input` carrying the issued tờ trình `doc`: its number, its date (the dossier's date) and its snapshot. */
export function withSubmission(input: DossierInput, doc: IssuedSubmission): DossierInput {
  return { ...input, submissionSymbol: doc.symbol, date: doc.date, submission: doc.model };
}

/** The tờ trình the approval of `meetingId` numbered for `receiver` (found in the approval's frozen list of documents). */
async function approvalSubmission(db: Db, schoolId: string, meetingId: string, receiver: string): Promise<IssuedSubmission | null> {
  const approval = await db.nominationApproval.findFirst({ where: { schoolId, meetingId }, select: { list: true } });
  const docs = ((approval?.list as { documents?: Array<{ id: string; kind: string; receiver?: string }> } | null)?.documents ?? []).filter(
    (d) => d.kind === 'proposal',
  );
  // Approvals made before one tờ trình per body numbered a single one, without a receiver: it serves every body.
  const doc = docs.find((d) => d.receiver === receiver) ?? docs.find((d) => d.receiver === undefined);
  const row = doc ? await db.issuedDocument.findFirst({ where: { id: doc.id, schoolId, type: 'TTr' } }) : null;
  return row ? issued(row) : null;
}

/** The tờ trình of version `version` of the dossier to `receiver` (0: of the next version to be requested). */
export async function submissionState(
  db: Db,
  o: { schoolId: string; startYear: number; receiver: string; meetingId: string | null; version: number },
): Promise<SubmissionState> {
  const rows = await db.dossierExport.findMany({
    where: { schoolId: o.schoolId, receiver: o.receiver, schoolYear: { startYear: o.startYear } },
    orderBy: { version: 'desc' },
    select: { version: true, returnedOn: true, submissionDoc: true },
  });
  const own = o.version > 0 ? rows.find((r) => r.version === o.version) : undefined;
  if (own?.submissionDoc) return { meetingId: o.meetingId, doc: issued(own.submissionDoc), returned: false };
  const latest = rows[0];
  if (o.version === 0 && latest?.returnedOn) return { meetingId: o.meetingId, doc: null, returned: true };
  if (latest?.submissionDoc) return { meetingId: o.meetingId, doc: issued(latest.submissionDoc), returned: false };
  const doc = o.meetingId ? await approvalSubmission(db, o.schoolId, o.meetingId, o.receiver) : null;
  return { meetingId: o.meetingId, doc, returned: false };
}

/** Stores `model` as the snapshot of the tờ trình numbered `docId` (taken in the same transaction). */
export async function snapshotSubmission(tx: Prisma.TransactionClient, docId: string, model: OfficialDocument): Promise<void> {
  const json = JSON.parse(JSON.stringify({ version: 1, kind: SUBMISSION_KIND, model })) as Prisma.InputJsonObject;
  issuedSnapshotSchema.parse(json);
  await tx.issuedDocument.update({ where: { id: docId }, data: { snapshot: json } });
}

/** The tờ trình `doc` as `input`'s data would draw it today (its number and date kept), as stored JSON. */
function redrawn(input: DossierInput, ruleSet: RuleSet, doc: IssuedSubmission): OfficialDocument {
  return JSON.parse(JSON.stringify(submissionModel(withSubmission(input, { ...doc, model: null }), ruleSet))) as OfficialDocument;
}

/** Whether the issued `doc` still says what `input`'s data says (else the next version gets a new number). */
export function submissionMatches(input: DossierInput, ruleSet: RuleSet, doc: IssuedSubmission): boolean {
  return doc.model === null || isDeepStrictEqual(doc.model, redrawn(input, ruleSet, doc));
}

/**
 * The tờ trình a new version of `input` must carry, issuing one when needed: the current one while its text still
 * matches the data, else (none yet, the last version returned, the text changed) a new number with its snapshot.
 * Without an approved meeting nothing is numbered (the export shows an unnumbered draft).
 */
export async function submissionForNewVersion(
  tx: Prisma.TransactionClient,
  ctx: CommandContext,
  input: DossierInput,
  ruleSet: RuleSet,
  state: SubmissionState,
): Promise<IssuedSubmission | null> {
  if (!state.meetingId || input.nominees.length === 0) return null;
  const current = state.doc;
  if (current && !state.returned) {
    if (current.model === null) {
      const fresh = redrawn(input, ruleSet, current);
      await snapshotSubmission(tx, current.id, fresh); // numbered before snapshots: its text is fixed now, once
      return { ...current, model: fresh };
    }
    if (submissionMatches(input, ruleSet, current)) return current;
  }
  const row = await issueDocument(tx, ctx, {
    type: 'TTr',
    title: submissionTitle(input.startYear, input.receiver),
    issuedOn: vietnamDay(ctx.now),
    issuerCode: COUNCIL_ISSUER_CODE,
    subject: 'Meeting',
    subjectId: state.meetingId,
    kind: SUBMISSION_KIND,
    build: ({ symbol, date }) => submissionModel({ ...input, submissionSymbol: symbol, date }, ruleSet),
  });
  return issued(row);
}
