// npm run history:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE] [--covers 2019-2020..2023-2024:ratings,titles]
// The same parsing, validation and messages as the web import, for a first bulk load; all or nothing. School years
// the file mentions are created when missing; complete years come from the file's "Năm học đã đủ dữ liệu" sheet
// and/or --covers (repeatable), written in the same transaction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findCliSchool, runCli, withCliDatabase } from './cliRuntime.ts';
import { applyHistoryImport } from '../features/history/applyHistoryImport.ts';
import { parseHistoryForSchool } from '../features/history/historyImport.ts';
import { mergeCoverage, parseCoversFlag } from '../features/history/import/parseCoversFlag.ts';
import { formatSchoolYear } from '../features/history/import/parseSchoolYear.ts';
import { CLI_PARSE_LIMITS } from '../features/imports/parseLimits.ts';
import { vi } from '../i18n/vi.ts';

const USAGE = 'Usage: npm run history:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE] [--covers 2019-2020..2023-2024:ratings,titles]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, school: { type: 'string' }, covers: { type: 'string', multiple: true } },
  });
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const flagged = (values.covers ?? []).map(parseCoversFlag);
  for (const f of flagged) if (!f.ok) console.error(f.message);
  if (flagged.some((f) => !f.ok)) return 2;
  const bytes = readFileSync(file);
  return withCliDatabase(async (prisma) => {
    const school = await findCliSchool(prisma, values.school);
    if (!school) {
      console.error('Không tìm thấy trường.');
      return 1;
    }
    const parsed = await parseHistoryForSchool(prisma, school.id, bytes, path.basename(file), CLI_PARSE_LIMITS);
    if (parsed.fileError) {
      console.error(parsed.fileError);
      return 1;
    }
    for (const e of parsed.errors) console.error(`${e.sheet}, dòng ${e.row}, cột “${e.column}”: ${e.message}`);
    if (parsed.errors.length) {
      console.error(`${parsed.errors.length} lỗi: chưa ghi dữ liệu nào.`);
      return 1;
    }
    const content = { ...parsed.content, coverage: mergeCoverage(parsed.content.coverage, ...flagged.map((f) => (f.ok ? f.coverage : []))) };
    for (const c of content.coverage) {
      console.log(`Năm học đã đủ dữ liệu ${formatSchoolYear(c.year)}: ${c.kinds.map((k) => vi[`coverage.kind.${k}`]).join(', ')}`);
    }
    const counts = await applyHistoryImport(prisma, { actor: { id: null, schoolId: school.id }, now: new Date(), requestId: 'cli' }, content, {
      dryRun: values['dry-run'],
    });
    for (const [kind, c] of Object.entries(counts)) console.log(`${kind}: ${c.created} mới, ${c.updated} cập nhật, ${c.unchanged} không đổi`);
    console.log(values['dry-run'] ? 'Chạy thử: chưa ghi dữ liệu nào.' : 'Đã nhập.');
    return 0;
  });
}

runCli(main);
