// Body blocks as Word paragraphs: justified, first-line indent, 6 pt after; headings kept with the next line.
import { AlignmentType, PageBreak, Paragraph, type Table } from 'docx';
import { bulletLine, headingLine } from '../documentText.ts';
import type { Block, HeadingBlock } from '../model.ts';
import { FIRST_LINE_INDENT_MM, PARAGRAPH_AFTER_PT, SIZE } from '../pageLayout.ts';
import { runs, twips } from './docxStyle.ts';
import { docxTable } from './docxTable.ts';

const HEADING_STYLE: Record<HeadingBlock['level'], { bold: boolean; italics: boolean }> = {
  1: { bold: true, italics: false },
  2: { bold: true, italics: false },
  3: { bold: true, italics: true },
  4: { bold: false, italics: true },
};

const body = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: twips(FIRST_LINE_INDENT_MM) },
  // Line spacing 1.15 (the decree allows single to 1.5); "after" is the decree's minimum paragraph spacing.
  spacing: { after: PARAGRAPH_AFTER_PT * 20, line: 276 },
} as const;

function paragraph(text: string, lead?: string, keepNext = false): Paragraph {
  const leadRuns = lead ? runs(`${lead} `, { size: SIZE.body, bold: true }) : [];
  return new Paragraph({ ...body, widowControl: true, keepNext, children: [...leadRuns, ...runs(text, { size: SIZE.body })] });
}

/**
 * The Word elements for one body block, in reading order. `keepNext` ties the block's last line to what follows: the
 * closing paragraph is kept with "Nơi nhận" and the signature, so they never stand alone on the last page.
 */
export function blockElements(block: Block, textWidth: number, keepNext = false): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block.text, block.lead, keepNext)];
    case 'heading':
      return [
        new Paragraph({
          ...body,
          keepNext: true,
          keepLines: true,
          children: runs(headingLine(block), { size: SIZE.body, ...HEADING_STYLE[block.level] }),
        }),
      ];
    case 'bullets':
      return block.items.map((item, i) => paragraph(bulletLine(item), undefined, keepNext && i === block.items.length - 1));
    case 'table':
      return [docxTable(block, textWidth), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case 'spacer':
      return [new Paragraph({ spacing: { before: Math.round((block.points ?? SIZE.body) * 20), after: 0 }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
