// Rendering an issued document from its snapshot, never from live rows: the same bytes (PDF) or text (DOCX) on every
// download, however the data changed since. The PDF's metadata dates come from the document's own date.
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { AppError } from '../../errors.ts';
import { readIssuedSnapshot } from './issuedSnapshot.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file of an issued document in `format`; 404 when the document was numbered without a snapshot. */
export async function renderIssuedDocument(doc: { snapshot: unknown }, format: 'pdf' | 'docx'): Promise<{ bytes: Buffer; contentType: string }> {
  const snapshot = readIssuedSnapshot(doc.snapshot);
  if (!snapshot) throw new AppError('not_found', 'error.notFound.body');
  return format === 'pdf'
    ? { bytes: await renderPdf(snapshot.model), contentType: 'application/pdf' }
    : { bytes: await renderDocx(snapshot.model), contentType: DOCX_TYPE };
}
