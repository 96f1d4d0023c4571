// The one way an uploaded import file is parsed: a ZIP archive is first checked from its central directory
// (inspectZip), then the parser runs in a worker with a heap limit and a deadline (parseImportInWorker). Either
// step can refuse the file with a Vietnamese message; the request thread itself never decompresses anything.
import { importGuardMessages as M } from './importGuardMessages.ts';
import { inspectZip } from './inspectZip.ts';
import { parseImportInWorker, type ImportParseJob } from './parseImportInWorker.ts';
import { PARSE_LIMITS, type ParseLimits } from './parseLimits.ts';

type ResultOf<J extends ImportParseJob> = Extract<Awaited<ReturnType<typeof parseImportInWorker<J>>>, { ok: true }>['result'];

/** Every .xlsx (and .docx…) is a ZIP archive, which starts with the local file header "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Checks the archive, then parses in a worker: the parser's result, or the message refusing the file. */
export async function parseUploadSafely<J extends ImportParseJob>(
  job: J,
  limits: ParseLimits = PARSE_LIMITS,
): Promise<{ ok: true; result: ResultOf<J> } | { ok: false; message: string }> {
  if (isZip(job.bytes)) {
    const zip = await inspectZip(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
    if (!zip.ok) {
      const message = zip.reason === 'entries' ? M.tooManyEntries : zip.reason === 'malformed' ? M.unreadable : M.archiveTooLarge;
      return { ok: false, message };
    }
  }
  const outcome = await parseImportInWorker(job, limits);
  if (outcome.ok) return { ok: true, result: outcome.result };
  return { ok: false, message: outcome.reason === 'failed' ? M.unreadable : M.tooHeavy };
}
