// npm run eligibility -- --year 2024-2025 [--date YYYY-MM-DD] [--format csv|json] [--school CODE]
// Prints the eligibility report, from the same database as `npm start` (the embedded one included).
import { parseArgs } from 'node:util';
import { findCliSchool, runCli, withCliDatabase, writeOut } from './cliRuntime.ts';
import { eligibilityCsv, eligibilityRows } from '../features/eligibility/eligibility.presenter.ts';
import { evaluateYear } from '../features/records/evaluateYear.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, date: { type: 'string' }, format: { type: 'string', default: 'csv' }, school: { type: 'string' } },
  });
  const year = /^(\d{4})(?:-(\d{4}))?$/.exec(values.year ?? '');
  if (
    !year ||
    (year[2] && Number(year[2]) !== Number(year[1]) + 1) ||
    !['csv', 'json'].includes(values.format) ||
    (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
  ) {
    console.error('Usage: npm run eligibility -- --year 2024-2025 [--date YYYY-MM-DD] [--format csv|json] [--school CODE]');
    return 2;
  }
  return withCliDatabase(async (prisma) => {
    const school = await findCliSchool(prisma, values.school);
    if (!school) {
      console.error('No such school.');
      return 1;
    }
    const evaluation = await evaluateYear(prisma, school.id, Number(year[1]), values.date ? { date: values.date } : {});
    const rows = eligibilityRows(evaluation);
    if (values.format === 'json')
      await writeOut(
        `${JSON.stringify({ school: school.name, year: values.year, ruleSet: evaluation.ruleSetName, evaluationDate: evaluation.evaluationDate, frozen: evaluation.frozen, caps: evaluation.caps.map((c) => c.message), rows }, null, 2)}\n`,
      );
    else await writeOut(eligibilityCsv(rows, { bom: false }));
    return 0;
  });
}

runCli(main);
