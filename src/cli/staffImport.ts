// npm run staff:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE]
// The browser's staff import from the command line: the same parser, checks and messages, and the same writer.
// A workbook may carry the collectives sheet ("Tổ": Tên tổ | Loại tổ | Mã tổ trưởng) beside the staff sheet, or a
// file may hold either table alone. --dry-run prints the preview and writes nothing; the real run is one
// transaction (every row, or none) with its audit rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findCliSchool, runCli, withCliDatabase } from './cliRuntime.ts';
import { CLI_PARSE_LIMITS } from '../features/imports/parseLimits.ts';
import { staffImportReport } from '../features/staff/import/staffImportReport.ts';
import { importStaffFile } from '../features/staff/importStaffFile.ts';
import { previewStaffImport, staffImportHasErrors } from '../features/staff/staffImport.ts';

const USAGE = 'Usage: npm run staff:import -- <file.xlsx|file.csv> [--dry-run] [--school CODE]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, school: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    console.error(`Không đọc được tệp ${file}.`);
    return 2;
  }
  return withCliDatabase(async (prisma) => {
    const school = await findCliSchool(prisma, values.school);
    if (!school) {
      console.error('Không tìm thấy trường: tạo trường và quản trị viên trước (npm run admin:create).');
      return 1;
    }
    const now = new Date();
    const preview = await previewStaffImport(prisma, school.id, content, now, CLI_PARSE_LIMITS);
    if (preview.fileError) {
      console.error(preview.fileError);
      return 1;
    }
    const report = staffImportReport(preview);
    if (values['dry-run']) for (const line of report.rows) console.log(line);
    for (const line of report.errors) console.error(line);
    console.log(report.totals);
    if (staffImportHasErrors(preview)) {
      console.error(`${report.errors.length} lỗi: chưa ghi dữ liệu nào.`);
      return 1;
    }
    if (values['dry-run']) {
      console.log('Chạy thử: chưa ghi dữ liệu nào.');
      return 0;
    }
    await importStaffFile(
      prisma,
      { actor: { id: null, schoolId: school.id }, now, requestId: 'cli' },
      { name: path.basename(file), content },
      CLI_PARSE_LIMITS,
    );
    console.log('Đã nhập.');
    return 0;
  });
}

runCli(main);
