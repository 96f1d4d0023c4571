// The documents' render benchmark in a process of its own (`node --max-old-space-size=256 --import tsx …`, as the
// server runs): the page benchmark's own heap (every autocannon result) and its servers shutting down would otherwise
// be measured with it. Prints the figures as one JSON line.
import { benchDocuments } from './documentsBench.ts';

process.stdout.write(`${JSON.stringify(await benchDocuments(Number(process.argv[2] ?? 3)))}\n`);
