// npm run dossier -- --year 2024-2025 [--to "<receiving body>"] --out <dir> [--version N] [--school CODE]
// Exports the year's dossier (merged PDF and ZIP with manifest.json) from the same database as `npm start`, with the
// same bytes as the page's download of that version. Files are written in a temporary folder and renamed into place
// on success; a failure or a stop (Ctrl-C, SIGTERM) removes the folder.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportDossier } from '../documents/dossiers/exportDossier.ts';
import { checkDossier } from '../domain/dossiers/checkDossier.ts';
import { latestDossierVersion } from '../features/dossiers/dossiers.queries.ts';
import { issueMessage } from '../features/dossiers/dossierIssueMessage.ts';
import { loadDossierInput } from '../features/dossiers/loadDossierInput.ts';
import { writeFileAtomic } from '../features/dossiers/writeFileAtomic.ts';
import type { Env } from '../config/env.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { findCliSchool, runCli, withCliDatabase } from './cliRuntime.ts';

const USAGE = 'Usage: npm run dossier -- --year 2024-2025 [--to "<receiving body>"] --out <dir> [--version N] [--school CODE] [--force]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      year: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      school: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const year = /^(\d{4})-(\d{4})$/.exec(values.year ?? '');
  if (!year || Number(year[2]) !== Number(year[1]) + 1 || !values.out || (values.version !== undefined && !/^[1-9]\d{0,3}$/.test(values.version))) {
    console.error(USAGE);
    return 2;
  }
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });
  // Everything is written inside a work folder next to the final files and renamed into place only on success; a
  // failure, Ctrl-C or SIGTERM removes the folder, so a stopped export leaves neither a partial file nor debris.
  const work = await mkdtemp(path.join(out, '.ho-so-tam-'));
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(work, { recursive: true, force: true });
    if (stop.signal.aborted) process.exit(SIGNAL_EXIT[signal]); // a second signal: leave now
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    return await withCliDatabase((prisma, env) => exportTo(prisma, env, values, Number(year[1]), work, out, stop.signal));
  } catch (error) {
    if (stop.signal.aborted) {
      console.error('\nStopped; no file written.');
      return SIGNAL_EXIT[stop.signal.reason as NodeJS.Signals] ?? 1;
    }
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

interface Values {
  to?: string;
  version?: string;
  school?: string;
  force?: boolean;
}

async function exportTo(prisma: PrismaClient, env: Env, values: Values, startYear: number, work: string, out: string, aborted: AbortSignal): Promise<number> {
  const school = await findCliSchool(prisma, values.school);
  if (!school) {
    console.error('No such school.');
    return 1;
  }
  const maxBytes = env.DOSSIER_MAX_MB * 1024 * 1024;
  const probe = await loadDossierInput(prisma, { schoolId: school.id, startYear, receiver: values.to, version: 1, maxBytes });
  if (values.to !== undefined && !probe.receivers.includes(values.to)) {
    console.error(`No dossier to "${values.to}" in this school year. Receiving bodies: ${probe.receivers.join('; ') || '(none)'}.`);
    return 1;
  }
  if (values.to === undefined && probe.receivers.length > 1) console.error(`Several receiving bodies (--to): ${probe.receivers.join('; ')}. Using the first.`);
  const version = values.version ? Number(values.version) : ((await latestDossierVersion(prisma, school.id, startYear, probe.input.receiver))?.version ?? 1);
  const { input, ruleSet } = await loadDossierInput(prisma, { schoolId: school.id, startYear, receiver: probe.input.receiver, version, maxBytes });
  const issues = checkDossier(input, ruleSet.dossierParts);
  for (const issue of issues) console.error(`- ${issueMessage(issue)}`);
  if (issues.length && !values.force) {
    console.error('The dossier is incomplete; fix the items above or pass --force.');
    return 1;
  }
  const result = await exportDossier(input, ruleSet, {
    onProgress: (done, total, label) => {
      aborted.throwIfAborted();
      process.stderr.write(`\r${Math.round((100 * done) / Math.max(total, 1))}% ${label.slice(0, 60).padEnd(60)}`);
    },
  });
  process.stderr.write('\n');
  const files: Array<[string, Uint8Array]> = [
    [result.pdfName, result.pdf],
    [result.zipName, result.zip],
  ];
  for (const [name, bytes] of files) await writeFileAtomic(path.join(work, name), bytes);
  aborted.throwIfAborted();
  for (const [name] of files) await rename(path.join(work, name), path.join(out, name));
  console.log(`${result.pdfName} (${result.manifest.merged.pages} pages, sha256 ${result.manifest.merged.sha256})`);
  console.log(`${result.zipName} (${result.manifest.files.length} files + manifest.json)`);
  return 0;
}

runCli(main);
