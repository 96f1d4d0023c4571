// Parses an uploaded import file in a worker thread, never on the thread that answers requests: a workbook that
// inflates to gigabytes or takes a minute to read must not stall every other user. Each worker has its own heap
// limit (V8 stops it when exceeded; the app goes on) and every job a deadline after which its worker is
// terminated. At most MAX_CONCURRENT_PARSES workers exist, so simultaneous uploads cannot exhaust the memory
// either; an idle worker is kept for a while so a preview and its confirmation do not each load exceljs again.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { APP_ROOT } from '../../appRoot.ts';
import type { HistoryContext, HistoryParseResult } from '../history/historyTypes.ts';
import type { ParseResult, StaffImportContext } from '../staff/import/staffImportTypes.ts';
import { MAX_CONCURRENT_PARSES, PARSE_LIMITS, type ParseLimits } from './parseLimits.ts';

export type ImportParseJob =
  | { kind: 'history'; bytes: Uint8Array; fileName: string; context: HistoryContext }
  | { kind: 'staff'; bytes: Uint8Array; fileName: string; context: StaffImportContext };

type ResultOf<J extends ImportParseJob> = J extends { kind: 'history' } ? HistoryParseResult : ParseResult;

export type ParseOutcome<T> = { ok: true; result: T } | { ok: false; reason: 'timeout' | 'memory' | 'failed'; detail?: string };

// A .mjs entry that registers tsx: Node 20 workers do not inherit the parent's --import hooks.
// Resolved from the package root, not from this module: in the compiled bundle (dist/) this module has no sibling.
const WORKER_URL = pathToFileURL(path.join(APP_ROOT, 'src/features/imports/importParseWorker.mjs'));
const IDLE_MS = 60_000;

interface Idle {
  worker: Worker;
  limits: ParseLimits;
  timer: NodeJS.Timeout;
}

let busy = 0;
const idle: Idle[] = [];
const waiting: Array<() => void> = [];

function spawn(limits: ParseLimits): Worker {
  const worker = new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, limits.maxMemoryMb / 4) },
  });
  worker.unref(); // an idle worker never keeps a command-line tool alive
  // A worker can still fail after its job was answered (a heap overflow racing the deadline, or while being
  // terminated): without a listener that 'error' event would be an unhandled exception in the app.
  worker.on('error', () => undefined);
  return worker;
}

/** A worker for these limits: a warm idle one, or a new one once fewer than the maximum are busy. */
async function acquire(limits: ParseLimits): Promise<Worker> {
  while (busy >= MAX_CONCURRENT_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  const i = idle.findIndex((w) => w.limits === limits);
  if (i < 0) return spawn(limits);
  const [warm] = idle.splice(i, 1);
  clearTimeout(warm!.timer);
  return warm!.worker;
}

function release(worker: Worker, limits: ParseLimits, reusable: boolean): void {
  busy--;
  if (reusable) {
    const entry: Idle = { worker, limits, timer: setTimeout(() => retire(entry), IDLE_MS).unref() };
    idle.push(entry);
  } else void worker.terminate();
  waiting.shift()?.();
}

function retire(entry: Idle): void {
  const i = idle.indexOf(entry);
  if (i >= 0) idle.splice(i, 1);
  void entry.worker.terminate();
}

function runJob<J extends ImportParseJob>(worker: Worker, job: J, limits: ParseLimits): Promise<ParseOutcome<ResultOf<J>>> {
  return new Promise((resolve) => {
    const done = (outcome: ParseOutcome<ResultOf<J>>) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (result: ResultOf<J>) => done({ ok: true, result });
    const onError = (error: Error & { code?: string }) =>
      done({ ok: false, reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed', detail: error.message });
    const onExit = (code: number) => done({ ok: false, reason: 'failed', detail: `worker exited with code ${code}` });
    const timer = setTimeout(() => done({ ok: false, reason: 'timeout' }), limits.timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

/** Runs the job's parser in a worker with a heap limit and a deadline; resolves with its result or why it stopped. */
export async function parseImportInWorker<J extends ImportParseJob>(job: J, limits: ParseLimits = PARSE_LIMITS): Promise<ParseOutcome<ResultOf<J>>> {
  const worker = await acquire(limits);
  let outcome: ParseOutcome<ResultOf<J>> = { ok: false, reason: 'failed' };
  try {
    outcome = await runJob(worker, job, limits);
    return outcome;
  } finally {
    release(worker, limits, outcome.ok);
  }
}
