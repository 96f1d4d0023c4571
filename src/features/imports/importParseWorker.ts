// The body of an import parse worker (see parseImportInWorker.ts): parses each file it is sent with the pure
// parsers and posts the result back. Runs in its own V8 isolate with its own heap limit; kept warm between jobs
// so exceljs is loaded once, not on every upload.
import { parentPort } from 'node:worker_threads';
import { parseHistoryFile } from '../history/import/parseHistoryFile.ts';
import { parseStaffFile } from '../staff/import/parseStaffFile.ts';
import type { ImportParseJob } from './parseImportInWorker.ts';

parentPort!.on('message', (job: ImportParseJob) => {
  const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const parsing = job.kind === 'history' ? parseHistoryFile(buffer, job.fileName, job.context) : parseStaffFile(buffer, job.context);
  void parsing.then((result) => parentPort!.postMessage(result));
});
