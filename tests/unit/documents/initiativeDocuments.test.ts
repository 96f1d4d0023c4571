// The initiative council's documents from a fixed object: text (exact diacritics), pages, and PNGs to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initiativeCertificateDocument } from '../../../src/documents/initiatives/initiativeCertificateDocument.ts';
import { initiativeDecisionDocument } from '../../../src/documents/initiatives/initiativeDecisionDocument.ts';
import { initiativeMinutesDocument } from '../../../src/documents/initiatives/initiativeMinutesDocument.ts';
import { renderDocx } from '../../../src/documents/docx/renderDocx.ts';
import { renderPdf } from '../../../src/documents/pdf/renderPdf.ts';
import { councilData } from '../../fixtures/documents/initiativeCouncilData.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sk-doc-'));
const pngDir = path.resolve(import.meta.dirname, '../../e2e/screenshots');
function text(name: string, bytes: Buffer) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  mkdirSync(pngDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(pngDir, name)]);
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]),
  };
}

describe('initiative council documents', () => {
  it('the decision names the head, the legal basis and annexes the recognised initiatives with authors, shares and grades', async () => {
    const { text: t, pages } = text('initiative-decision', await renderPdf(initiativeDecisionDocument(councilData)));
    expect(pages).toBe(2);
    expect(t).toContain('QUYẾT ĐỊNH');
    expect(t).toContain('Về việc công nhận sáng kiến năm học 2024-2025');
    expect(t).toContain('HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT');
    expect(t).toContain('Căn cứ Nghị định số 13/2012/NĐ-CP');
    expect(t).toContain('Công nhận 1 sáng kiến');
    expect(t).toContain('DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN');
    expect(t).toContain('Ngô Thị Bích Ngọc (70%), Dương Văn Hùng (30%)');
    expect(t).toContain('Loại A');
    expect(t).not.toContain('Lý Thị Thanh Huyền');
    expect((await renderDocx(initiativeDecisionDocument(councilData))).subarray(0, 2).toString()).toBe('PK');
  });

  it('the annexed list (phụ lục) prints after the signature block, from its own page, with the ND 30 heading lines', async () => {
    const file = path.join(dir, 'annex.pdf');
    writeFileSync(file, await renderPdf(initiativeDecisionDocument(councilData)));
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
    const first = page(1).replace(/\s+/g, ' ');
    // Page 1 ends with Nơi nhận and the signature; no list there.
    expect(first).toContain('Nơi nhận:');
    expect(first).toContain(councilData.chairName);
    expect(first).not.toContain('DANH SÁCH SÁNG KIẾN');
    // Page 2 opens with "Phụ lục", the title and the italic reference, then the table; the annex's first page has no number.
    const lines = page(2)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 3)).toEqual([
      'Phụ lục',
      'DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN',
      expect.stringMatching(/^\(Kèm theo Quyết định số /) as unknown as string,
    ]);
    expect(page(2)).toContain('Ngô Thị Bích Ngọc');
    // The stored snapshot keeps the annex (the schema used to read issued documents back).
    const { officialDocumentSchema } = await import('../../../src/documents/officialDocumentSchema.ts');
    expect(officialDocumentSchema.parse(initiativeDecisionDocument(councilData)).annexes?.[0]?.body[0]).toMatchObject({ kind: 'table' });
  });

  it('the minutes list members present, the absent, recusals with their reason, every score and the conclusion', async () => {
    const { text: t } = text('initiative-minutes', await renderPdf(initiativeMinutesDocument(councilData)));
    expect(t).toContain('BIÊN BẢN');
    expect(t).toContain('Có mặt 2/3 thành viên');
    expect(t).toContain('Vắng: Đỗ Quang Dũng');
    expect(t).toContain('Nguyễn Thị Kim Oanh không chấm sáng kiến');
    expect(t).toContain('Cùng tổ, là người hướng dẫn tác giả');
    expect(t).toContain('Lê Thị Thu Hằng: 89');
    expect(t).toContain('Không đạt');
    expect(t).toContain('đề nghị Hiệu trưởng công nhận 1 sáng kiến; 1 sáng kiến không đạt');
  });

  it('the certificate names one author, the share, the grade and the decision', async () => {
    const { text: t, pages } = text('initiative-certificate', await renderPdf(initiativeCertificateDocument(councilData, councilData.rows[0]!, 1)));
    expect(pages).toBe(1);
    expect(t).toContain('GIẤY CHỨNG NHẬN');
    expect(t).toContain('Dương Văn Hùng');
    expect(t).toContain('30%');
    expect(t).toContain('Loại A (88 điểm)');
    expect(t).toContain('Quyết định số 05/QĐ-THLTK ngày 20/5/2025');
  });
});
