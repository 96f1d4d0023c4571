// The register (BẢNG TỔNG HỢP) as an official document: its section numerals are typed as the decree's
// documents type them ("I.", "II."), whatever the data.
import { describe, expect, it } from 'vitest';
import { headingLine } from '../../../src/documents/documentText.ts';
import { summaryDocument } from '../../../src/features/registrations/summaryDocument.ts';

type Summary = Parameters<typeof summaryDocument>[0];

describe('the register document', () => {
  it('numbers its sections "I." and "II."', () => {
    const summary = { startYear: 2025, groups: [], totals: {}, capWarnings: [], collectiveRows: [] } as unknown as Summary;
    const doc = summaryDocument(summary, {
      names: (code) => code,
      school: { name: 'Trường Tiểu học Lý Thường Kiệt', placeName: 'Long Biên' },
      symbol: '01/BTH-HĐTĐKT',
      date: { year: 2025, month: 10, day: 1 },
      chairName: 'Nguyễn Thúy Hà',
    });
    const headings = doc.body.flatMap((b) => (b.kind === 'heading' ? [headingLine(b)] : []));
    expect(headings).toEqual(['I. CÁ NHÂN', 'II. TẬP THỂ']);
  });
});
