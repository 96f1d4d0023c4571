// npm run history:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE]
// The same parsing, validation and messages as the web import, for a first bulk load; all or nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findCliSchool, runCli, withCliDatabase } from './cliRuntime.ts';
import { applyHistoryImport } from '../features/history/applyHistoryImport.ts';
import { parseHistoryForSchool } from '../features/history/historyImport.ts';
import { CLI_PARSE_LIMITS } from '../features/imports/parseLimits.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, school: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: npm run history:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE]');
    return 2;
  }
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
    const counts = await applyHistoryImport(prisma, { actor: { id: null, schoolId: school.id }, now: new Date(), requestId: 'cli' }, parsed.content, {
      dryRun: values['dry-run'],
    });
    for (const [kind, c] of Object.entries(counts)) console.log(`${kind}: ${c.created} mới, ${c.updated} cập nhật, ${c.unchanged} không đổi`);
    console.log(values['dry-run'] ? 'Chạy thử: chưa ghi dữ liệu nào.' : 'Đã nhập.');
    return 0;
  });
}

runCli(main);
