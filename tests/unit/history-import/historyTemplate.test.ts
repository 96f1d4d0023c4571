import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHistoryTemplate } from '../../../src/features/history/import/buildHistoryTemplate.ts';
import { historyTemplateCsv } from '../../../src/features/history/import/historyTemplateCsv.ts';
import { parseHistoryCsv } from '../../../src/features/history/import/parseHistoryCsv.ts';
import { parseHistoryFile } from '../../../src/features/history/import/parseHistoryFile.ts';
import { CSV_HEADERS, ctx, HEADERS } from './historyFixtures.ts';

const zero = { staffYears: 0, awards: 0, disciplines: 0, pending: 0, initiatives: 0, research: 0, collectiveYears: 0, coverage: 0 };

describe('the history import templates', () => {
  it('builds a workbook with the guide and the seven sheets, bold frozen headers and dropdowns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildHistoryTemplate()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hướng dẫn', ...Object.keys(HEADERS)]);
    for (const [name, headers] of Object.entries(HEADERS)) {
      const sheet = workbook.getWorksheet(name)!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(1);
    }
    const ratings = workbook.getWorksheet('Hồ sơ năm học')!.getCell('C2').dataValidation;
    expect(ratings).toMatchObject({ type: 'list', formulae: ['"HTXSNV,HTTNV,HTNV,KHTNV"'] });
    const awards = workbook.getWorksheet('Danh hiệu, khen thưởng')!.getCell('D9').dataValidation;
    expect(awards.formulae?.[0]).toMatch(/^'Hướng dẫn'!\$A\$\d+:\$A\$\d+$/);
    const guide = workbook.getWorksheet('Hướng dẫn')!;
    const guideText = guide
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(guideText).toContain('Trang “Sáng kiến”');
    expect(guideText).toContain('Loại bản ghi');
    const [, first, last] = /\$A\$(\d+):\$A\$(\d+)/.exec(String(awards.formulae?.[0]))!;
    expect([guide.getCell(`A${first}`).value, guide.getCell(`A${last}`).value]).toEqual(['Lao động tiên tiến', 'Giấy khen']);
  });

  it('parses the blank workbook template back as empty, with no errors', async () => {
    expect(await parseHistoryFile(await buildHistoryTemplate(), 'mau.xlsx', ctx)).toMatchObject({ errors: [], counts: zero });
    expect((await parseHistoryFile(await buildHistoryTemplate(), 'mau.xlsx', ctx)).fileError).toBeUndefined();
  });

  it('offers a CSV template of just the header line, which parses as empty', async () => {
    const text = historyTemplateCsv();
    expect(text).toBe(`\uFEFF${CSV_HEADERS.join(',')}\r\n`);
    const result = parseHistoryCsv(Buffer.from(text, 'utf8'), ctx);
    expect(result).toMatchObject({ errors: [], counts: zero });
    expect(result.fileError).toBeUndefined();
    expect((await parseHistoryFile(Buffer.from(text, 'utf8'), 'mau.csv', ctx)).fileError).toBeUndefined();
  });
});
