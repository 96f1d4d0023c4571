// npm run eligibility -- --year 2024-2025 [--date dd/mm/yyyy|yyyy-mm-dd] [--format csv|json] [--school CODE]
// Prints the eligibility report, from the same database as `npm start` (the embedded one included).
import { parseArgs } from 'node:util';
import { dateMessageKey, isoOfCalendarDate, parseCalendarDate } from '../domain/calendarDate.ts';
import { vi } from '../i18n/vi.ts';
import { findCliSchool, runCli, withCliDatabase, writeOut } from './cliRuntime.ts';
import { eligibilityCsv, eligibilityRows } from '../features/eligibility/eligibility.presenter.ts';
import { evaluateYear } from '../features/records/evaluateYear.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, date: { type: 'string' }, format: { type: 'string', default: 'csv' }, school: { type: 'string' } },
  });
  const year = /^(\d{4})(?:-(\d{4}))?$/.exec(values.year ?? '');
  if (!year || (year[2] && Number(year[2]) !== Number(year[1]) + 1) || !['csv', 'json'].includes(values.format)) {
    console.error('Usage: npm run eligibility -- --year 2024-2025 [--date dd/mm/yyyy] [--format csv|json] [--school CODE]');
    return 2;
  }
  // The same parser and bounds as the forms: 31/02 is refused as impossible, 0099-06-15 as out of range.
  const date = values.date === undefined ? undefined : parseCalendarDate(values.date);
  if (date && !date.ok) {
    console.error(`--date “${values.date}”: ${vi[dateMessageKey(date.reason)]}`);
    return 2;
  }
  return withCliDatabase(async (prisma) => {
    const school = await findCliSchool(prisma, values.school);
    if (!school) {
      console.error('No such school.');
      return 1;
    }
    const evaluation = await evaluateYear(prisma, school.id, Number(year[1]), date?.ok ? { date: isoOfCalendarDate(date.value) } : {});
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
