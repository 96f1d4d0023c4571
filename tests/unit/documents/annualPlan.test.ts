import { describe, expect, it } from 'vitest';
import { annualPlanDocument, planSummary, type AnnualPlan } from '../../../src/documents/annualPlan.ts';
import { balanceLines } from '../../../src/documents/balanceLines.ts';
import { recipientLines } from '../../../src/documents/documentText.ts';
import type { Block } from '../../../src/documents/model.ts';
import { parseSeedFile } from '../../../src/documents/seedPlan.ts';
import { readSeedJson, seedPlanDocument } from '../../fixtures/documents/seedPlanDocument.ts';

const school = { name: 'Trường Tiểu học Lý Thường Kiệt', district: 'Long Biên' };

function minimalPlan(overrides: Partial<AnnualPlan> = {}): AnnualPlan {
  return {
    year: 2024,
    title: 'Kế hoạch công tác thi đua năm 2024',
    preamble: ['Căn cứ…'],
    sections: [
      {
        number: 'I',
        title: 'MỤC ĐÍCH',
        paragraphs: [],
        children: [
          {
            number: '1',
            title: 'Mục đích',
            paragraphs: ['Đoạn một.'],
            bullets: ['Ý một', 'Ý hai'],
            children: [{ number: '1.1', title: null, paragraphs: ['Nội dung 1.1.'] }],
          },
        ],
      },
    ],
    closing: 'Trên đây là Kế hoạch./.',
    recipients: [
      { name: 'HĐTĐKT quận', purpose: 'để báo cáo' },
      { name: 'VT', purpose: 'Lưu' },
    ],
    signature: { onBehalfOf: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: 'Nguyễn Thúy Hà' },
    ...overrides,
  };
}

describe('annual plan → official document', () => {
  it('numbers headings by level and runs an untitled number into its paragraph', () => {
    const doc = annualPlanDocument(minimalPlan(), school);
    expect(doc.body).toEqual<Block[]>([
      { kind: 'paragraph', text: 'Căn cứ…' },
      { kind: 'heading', level: 1, number: 'I.', text: 'MỤC ĐÍCH' },
      { kind: 'heading', level: 2, number: '1.', text: 'Mục đích' },
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'bullets', items: ['Ý một', 'Ý hai'] },
      { kind: 'paragraph', lead: '1.1.', text: 'Nội dung 1.1.' },
      { kind: 'paragraph', text: 'Trên đây là Kế hoạch./.' },
    ]);
  });

  it('fills the header from the school and options, leaving blanks in a draft', () => {
    const draft = annualPlanDocument(minimalPlan(), school);
    expect(draft.header).toMatchObject({
      parentAgency: 'TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT',
      issuingAgency: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      place: 'Long Biên',
      date: { year: 2024 },
    });
    expect(draft.header.number.trim()).toBe('/KH-HĐTĐKT');
    const signed = annualPlanDocument(minimalPlan(), school, { number: '12/KH-HĐTĐKT', date: { year: 2024, month: 3, day: 5 } });
    expect(signed.header.number).toBe('12/KH-HĐTĐKT');
  });

  it('moves the archive out of the recipients: "- Lưu: VT." comes last', () => {
    const doc = annualPlanDocument(minimalPlan(), school);
    expect(recipientLines(doc.recipients, doc.archive)).toEqual(['- HĐTĐKT quận: để báo cáo;', '- Lưu: VT.']);
    expect(doc.signature).toEqual({ authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: 'Nguyễn Thúy Hà' });
  });

  it('makes the trích yếu from the title without "Kế hoạch"', () => {
    expect(planSummary('Kế hoạch công tác thi đua, khen thưởng năm 2024')).toBe('Công tác thi đua, khen thưởng năm 2024');
  });

  it('restores the seed plan\'s lists: sections with several texts become "- " items, single texts stay paragraphs', () => {
    const { plan } = parseSeedFile(readSeedJson());
    const purpose = plan.sections[0]?.children?.[0];
    expect(purpose?.bullets).toHaveLength(2);
    expect(purpose?.paragraphs).toEqual([]);
    const movements = plan.sections[1]?.children?.[2];
    expect(movements?.paragraphs).toHaveLength(1);
    const doc = seedPlanDocument();
    expect(doc.body.filter((b) => b.kind === 'paragraph' && b.lead).map((b) => (b.kind === 'paragraph' ? b.lead : ''))).toEqual([
      '3.1.',
      '3.2.',
      '3.3.',
      '5.1.',
      '5.2.',
      '5.3.',
      '5.4.',
    ]);
  });
});

describe('breaking long header names', () => {
  const measure = (s: string) => s.length; // one unit per character
  it('keeps a name that fits on one line', () => expect(balanceLines('HỘI ĐỒNG', 20, measure)).toEqual(['HỘI ĐỒNG']));
  it('breaks evenly so a proper name stays whole', () => {
    expect(balanceLines('TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT', 20, measure)).toEqual(['TRƯỜNG TIỂU HỌC', 'LÝ THƯỜNG KIỆT']);
  });
  it('breaks after " - " and never starts a line with the dash', () => {
    expect(balanceLines('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 20, measure)).toEqual(['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']);
  });
  it('honours an explicit line break', () => expect(balanceLines('UBND QUẬN\nLONG BIÊN', 40, measure)).toEqual(['UBND QUẬN', 'LONG BIÊN']));
});
