// npm run eligibility -- --year 2024-2025 [--date YYYY-MM-DD] [--format csv|json] [--school CODE]
// Prints the eligibility report, from the same database as `npm start` (the embedded one included).
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { connectDatabase } from '../db/client.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { eligibilityCsv, eligibilityRows } from '../features/eligibility/eligibility.presenter.ts';
import { evaluateYear } from '../features/records/evaluateYear.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { year: { type: 'string' }, date: { type: 'string' }, format: { type: 'string', default: 'csv' }, school: { type: 'string' } } });
  const year = /^(\d{4})(?:-(\d{4}))?$/.exec(values.year ?? '');
  if (!year || (year[2] && Number(year[2]) !== Number(year[1]) + 1) || !['csv', 'json'].includes(values.format!) || (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))) {
    console.error('Usage: npm run eligibility -- --year 2024-2025 [--date YYYY-MM-DD] [--format csv|json] [--school CODE]');
    return 2;
  }
  const env = loadEnv();
  const handle = await openDatabase(env);
  const db = connectDatabase(handle.url, { max: 2 });
  try {
    const school = values.school ? await db.prisma.school.findUnique({ where: { code: values.school } }) : await db.prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
    if (!school) {
      console.error('No such school.');
      return 1;
    }
    const evaluation = await evaluateYear(db.prisma, school.id, Number(year[1]), values.date ? { date: values.date } : {});
    const rows = eligibilityRows(evaluation);
    // Wait for stdout to drain: process.exit() would otherwise cut a piped report short.
    const write = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    if (values.format === 'json') await write(`${JSON.stringify({ school: school.name, year: values.year, ruleSet: evaluation.ruleSetName, evaluationDate: evaluation.evaluationDate, frozen: evaluation.frozen, caps: evaluation.caps.map((c) => c.message), rows }, null, 2)}\n`);
    else await write(eligibilityCsv(rows).replace(/^\uFEFF/, ''));
    return 0;
  } finally {
    await db.close();
    await handle.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
