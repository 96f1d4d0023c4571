// npm run dossier -- --year 2024-2025 [--to "<receiving body>"] --out <dir> [--version N] [--school CODE]
// Exports the year's dossier (merged PDF and ZIP with manifest.json) from the same database as `npm start`, with the
// same bytes as the page's download of that version. Files are written under a temporary name and renamed.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportDossier } from '../documents/dossiers/exportDossier.ts';
import { checkDossier } from '../domain/dossiers/checkDossier.ts';
import { latestDossierVersion } from '../features/dossiers/dossiers.queries.ts';
import { issueMessage } from '../features/dossiers/dossierIssueMessage.ts';
import { loadDossierInput } from '../features/dossiers/loadDossierInput.ts';
import { writeFileAtomic } from '../features/dossiers/writeFileAtomic.ts';
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
  return withCliDatabase(async (prisma) => {
    const school = await findCliSchool(prisma, values.school);
    if (!school) {
      console.error('No such school.');
      return 1;
    }
    const startYear = Number(year[1]);
    const probe = await loadDossierInput(prisma, { schoolId: school.id, startYear, receiver: values.to, version: 1 });
    if (values.to === undefined && probe.receivers.length > 1)
      console.error(`Several receiving bodies (--to): ${probe.receivers.join('; ')}. Using the first.`);
    const version = values.version ? Number(values.version) : ((await latestDossierVersion(prisma, school.id, startYear, probe.input.receiver))?.version ?? 1);
    const { input, ruleSet } = await loadDossierInput(prisma, { schoolId: school.id, startYear, receiver: probe.input.receiver, version });
    const issues = checkDossier(input, ruleSet.dossierParts);
    for (const issue of issues) console.error(`- ${issueMessage(issue)}`);
    if (issues.length && !values.force) {
      console.error('The dossier is incomplete; fix the items above or pass --force.');
      return 1;
    }
    const out = await exportDossier(input, ruleSet, {
      onProgress: (done, total, label) => void process.stderr.write(`\r${Math.round((100 * done) / Math.max(total, 1))}% ${label.slice(0, 60).padEnd(60)}`),
    });
    process.stderr.write('\n');
    await mkdir(values.out!, { recursive: true });
    await writeFileAtomic(path.join(values.out!, out.pdfName), out.pdf);
    await writeFileAtomic(path.join(values.out!, out.zipName), out.zip);
    console.log(`${out.pdfName} (${out.manifest.merged.pages} pages, sha256 ${out.manifest.merged.sha256})`);
    console.log(`${out.zipName} (${out.manifest.files.length} files + manifest.json)`);
    return 0;
  });
}

runCli(main);
