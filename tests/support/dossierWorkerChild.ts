// A worker process for the process-kill test: works the dossier queue of the database in argv[2], each rendered
// part slowed by argv[3] ms so that the test can kill it mid-export. Prints "ready" once it works the queue.
import { connectDatabase } from '../../src/db/client.ts';
import { startDossierWorker } from '../../src/jobs/dossierWorker.ts';

const [url, delay] = process.argv.slice(2);
const db = connectDatabase(url!, { max: 2 });
await startDossierWorker({
  url: url!,
  prisma: db.prisma,
  clock: () => new Date(),
  log: (line) => console.error(line),
  pollingIntervalSeconds: 0.5,
  hooks: { afterPart: () => new Promise((r) => setTimeout(r, Number(delay))) },
});
console.log('ready');
