// The writing contest's results notice (Thông báo kết quả cuộc thi) from a fixed object: ND 30 parts in order, exact
// diacritics (decomposed input still prints composed), embedded fonts, one page for a school round, a long table
// carried over pages with its header repeated, the wording when no entry won a prize, and the DOCX.
import { afterAll, describe, expect, it } from 'vitest';
import { contestResultsNotice, type ContestResultsNoticeData } from '../../../src/documents/contests/contestResultsNotice.ts';
import { renderDocx } from '../../../src/documents/docx/renderDocx.ts';
import { renderPdf } from '../../../src/documents/pdf/renderPdf.ts';
import { flat, pageCount, pdfFonts, pdfRawText, removeTempPdfs, writeTempPdf } from './support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from './support/readZip.ts';

afterAll(removeTempPdfs);

const data: ContestResultsNoticeData = {
  school: { name: 'Trường Tiểu học Lý Thường Kiệt', placeName: 'Long Biên' },
  symbol: '03/TB-HĐTĐKT',
  date: { year: 2025, month: 1, day: 25 },
  contestTitle: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt năm 2024',
  year: '2024-2025',
  rows: [
    { names: 'Phạm Thu Trang', group: 'Tổ khối 1', title: 'Cậu bé nhặt được ví tiền ở cổng trường', score: '92,5', prize: 'Nhất' },
    { names: 'Hoàng Văn Nam', group: 'Tổ khối 2', title: 'Cô giáo của những buổi chiều thứ Sáu', score: '88,0', prize: 'Nhì' },
    { names: 'Đặng Thị Mai, Vũ Thị Thu', group: 'Tổ văn phòng', title: 'Người thủ thư thầm lặng', score: '79,0', prize: 'Khuyến khích' },
    { names: 'Bùi Quang Huy', group: '', title: 'Mùa thi đua', score: '70,0', prize: '' },
  ],
  prizes: [
    { name: 'giải Nhất', count: 1 },
    { name: 'giải Nhì', count: 1 },
    { name: 'giải Khuyến khích', count: 1 },
  ],
  chairName: 'Nguyễn Thúy Hà',
};

async function pdfOf(d: ContestResultsNoticeData) {
  const file = writeTempPdf(await renderPdf(contestResultsNotice(d)));
  return { file, text: flat(pdfRawText(file)), pages: pageCount(file) };
}

describe('the contest results notice', () => {
  it('is one page in the ND 30 order: school and council, motto, number, place and date, THÔNG BÁO, trích yếu, body, table, signature, Nơi nhận', async () => {
    const { file, text, pages } = await pdfOf(data);
    expect(pages).toBe(1);
    const parts = [
      'TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Số: 03/TB-HĐTĐKT',
      'Long Biên, ngày 25 tháng 01 năm 2025',
      'THÔNG BÁO',
      'Kết quả Cuộc thi “Viết về gương điển hình tiên tiến, người tốt, việc tốt năm 2024” năm học 2024-2025',
      'Căn cứ thể lệ Cuộc thi',
      'Cuộc thi có 04 bài dự thi được chấm điểm. Có 03 bài đạt giải, gồm: 01 giải Nhất, 01 giải Nhì và 01 giải Khuyến khích.',
      'STT Họ và tên Tổ Tên bài viết Điểm Giải',
      '1 Phạm Thu Trang Tổ khối 1 Cậu bé nhặt được ví tiền ở cổng trường 92,5 Nhất',
      '3 Đặng Thị Mai, Vũ Thị Thu Tổ văn phòng Người thủ thư thầm lặng 79,0 Khuyến khích 4 Bùi Quang Huy Mùa thi đua 70,0',
      'trân trọng cảm ơn',
      'Nơi nhận:',
      '- Lưu: VT, HĐTĐKT.',
      'TM. HỘI ĐỒNG CHỦ TỊCH Nguyễn Thúy Hà',
    ];
    for (const p of parts) expect(text).toContain(p);
    expect(parts.map((p) => text.indexOf(p))).toEqual(parts.map((p) => text.indexOf(p)).sort((a, b) => a - b));
    for (const p of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '- Ban Giám hiệu: để báo cáo;', '- CBGVNV nhà trường: để biết;'])
      expect(text).toContain(p);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
  });

  it('prints composed Vietnamese from decomposed input, and says so when no entry won a prize', async () => {
    const nfd = { ...data, rows: data.rows.map((r) => ({ ...r, names: r.names.normalize('NFD'), prize: '' })), prizes: [] };
    const { text } = await pdfOf(nfd);
    expect(text).toContain('Cuộc thi có 04 bài dự thi được chấm điểm. Không có bài dự thi nào đạt giải.');
    expect(text).toContain('Đặng Thị Mai, Vũ Thị Thu');
  });

  it('carries a long table over pages, its header row repeated, no row cut; the DOCX has the same parts', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({
      names: `Người dự thi ${i + 1}`,
      group: 'Tổ khối 3',
      title: `Bài viết số ${i + 1}`,
      score: '75,0',
      prize: '',
    }));
    const { file, pages } = await pdfOf({ ...data, rows });
    expect(pages).toBeGreaterThan(1);
    for (let p = 2; p <= pages; p++) {
      const page = flat(pdfRawText(file, p, p));
      if (page.includes('Người dự thi')) expect(page).toContain('STT Họ và tên Tổ Tên bài viết Điểm Giải');
    }
    expect(flat(pdfRawText(file))).toContain('45 Người dự thi 45 Tổ khối 3 Bài viết số 45 75,0');
    const docx = flat(wordParagraphs(readZipEntry(await renderDocx(contestResultsNotice(data)), 'word/document.xml')).join('\n'));
    for (const p of [
      'Số: 03/TB-HĐTĐKT',
      'Long Biên, ngày 25 tháng 01 năm 2025',
      'THÔNG BÁO',
      'TM. HỘI ĐỒNG',
      'Nguyễn Thúy Hà',
      'Cậu bé nhặt được ví tiền ở cổng trường',
    ])
      expect(docx).toContain(p);
  });
});
