// Evidence files as the dossier sees them: each upload inspected once (read from storage one file at a time, then
// parsed) to know its page count or why it cannot be merged (encrypted, damaged, a type with no page). The result
// depends only on the bytes, so it is remembered by SHA-256 for the life of the process: the /dossiers page, the
// export request and the export job do not parse the same 20 MB scan again.
import type { EvidenceFile } from '../../domain/dossiers/dossierInput.ts';
import { inspectEvidence, mergeable, type EvidenceInspection } from '../../documents/dossiers/evidencePages.ts';
import type { NominationEvidenceFile } from '../nominations/nominationEvidenceFiles.ts';

const REMEMBERED = 2000;
const seen = new Map<string, EvidenceInspection>();

async function inspected(file: NominationEvidenceFile): Promise<EvidenceInspection> {
  if (!mergeable(file.mimeType)) return { problem: 'unsupported', pages: null };
  const key = `${file.sha256}:${file.mimeType}`;
  const known = seen.get(key);
  if (known) return known;
  let result: EvidenceInspection;
  try {
    result = await inspectEvidence(await file.read(), file.mimeType);
  } catch {
    result = { problem: 'corrupt', pages: null }; // stored bytes that do not match their digest
  }
  if (seen.size >= REMEMBERED) seen.delete(seen.keys().next().value!);
  seen.set(key, result);
  return result;
}

/** The dossier's view of `files`, inspected one after the other (never two files in memory at once). */
export async function dossierEvidence(files: readonly NominationEvidenceFile[]): Promise<EvidenceFile[]> {
  const out: EvidenceFile[] = [];
  for (const f of files) {
    const { problem } = await inspected(f);
    out.push({ fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, problem, read: f.read });
  }
  return out;
}
