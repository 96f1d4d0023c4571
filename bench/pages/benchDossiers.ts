// The dossiers a school has sent upward in past years, as the app keeps them (DossierExport, status done, sent): one
// version per past year that had a rule set in force, with its manifest and digests. The stored files are one small
// real PDF and a ZIP holding it, made once per run and shared by every row: the benchmark measures pages, which never
// read the files (the dossier list omits them), and rendering 1,800 real dossiers would dwarf the data generation.
import { createHash, randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import yazl from 'yazl';
import { RULE_SETS, ruleSetInForce } from '../../src/domain/rules/index.ts';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import type { BenchRows } from './benchRows.ts';

export interface DossierFiles {
  pdf: Uint8Array<ArrayBuffer>;
  zip: Uint8Array<ArrayBuffer>;
  pdfSha256: string;
  zipSha256: string;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** One small PDF and a ZIP of it, the stored files of every generated export. */
export async function dossierFiles(): Promise<DossierFiles> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Ho so de nghi khen thuong (du lieu thu nghiem)', { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.TimesRoman) });
  const pdf = new Uint8Array(await doc.save());
  const zip = await new Promise<Buffer>((resolve, reject) => {
    const z = new yazl.ZipFile();
    z.addBuffer(Buffer.from(pdf), 'ho-so.pdf', { mtime: new Date(Date.UTC(2026, 0, 1)) });
    z.end();
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
  return { pdf, zip: new Uint8Array(zip), pdfSha256: sha(pdf), zipSha256: sha(zip) };
}

/** The year's sent dossier (none when no rule set was in force on the year's evaluation date). */
export function dossierRows(
  rows: BenchRows,
  o: { schoolId: string; schoolName: string; yearId: string; year: number; receiver: string; nominees: number; files: DossierFiles },
): void {
  const { evaluationDate } = schoolYearDates(o.year);
  const ruleSet = ruleSetInForce(RULE_SETS, evaluationDate);
  if (!ruleSet) return;
  const finishedAt = new Date(Date.UTC(o.year + 1, 5, 10, 3));
  const size = o.files.pdf.length;
  rows.dossiers.push({
    id: randomUUID(),
    schoolId: o.schoolId,
    schoolYearId: o.yearId,
    receiver: o.receiver,
    version: 1,
    status: 'done',
    progressPct: 100,
    fingerprint: sha(Buffer.from(`${o.schoolId}:${o.year}`)),
    manifest: {
      school: o.schoolName,
      schoolYear: `${o.year}-${o.year + 1}`,
      receiver: o.receiver,
      ruleSet: ruleSet.name,
      procedure: 'ordinary',
      version: 1,
      date: finishedAt.toISOString().slice(0, 10),
      nominees: o.nominees,
      merged: { name: 'ho-so.pdf', pages: 1, size, sha256: o.files.pdfSha256 },
      files: [{ name: 'ho-so.pdf', part: 'merged', form: null, nominee: null, pages: 1, size, sha256: o.files.pdfSha256 }],
    },
    pdfSha256: o.files.pdfSha256,
    zipSha256: o.files.zipSha256,
    pdf: o.files.pdf,
    zip: o.files.zip,
    createdAt: finishedAt,
    finishedAt,
    sentOn: new Date(Date.UTC(o.year + 1, 5, 12)),
    sentChannel: 'Trực tiếp',
    sentReference: `${o.year % 100}/TTr-TĐKT`,
  });
}
