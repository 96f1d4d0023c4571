import { describe, expect, it } from 'vitest';
import seed from '../../prisma/seed/ke-hoach-2024.json' with { type: 'json' };
import { markupToSection, sectionToMarkup } from '../../src/features/plans/planMarkup.ts';
import type { AnnualPlanSection } from '../../src/documents/annualPlan.ts';

const normalise = (s: AnnualPlanSection): AnnualPlanSection => ({
  number: s.number,
  title: s.title,
  paragraphs: s.paragraphs,
  ...(s.bullets?.length ? { bullets: s.bullets } : {}),
  children: (s.children ?? []).map(normalise),
});

describe('plan section markup', () => {
  it('round-trips every section of the real 2024 plan', () => {
    for (const section of seed.plan.sections as AnnualPlanSection[]) {
      const { section: back, errors } = markupToSection(section.number, section.title, sectionToMarkup(section));
      expect(errors).toEqual([]);
      expect(back).toEqual(normalise(section));
    }
  });

  it('nests by numbers, keeps untitled numbered paragraphs, bullets and NFC', () => {
    const text = ['Mở đầu.', '# 1. Mục đích', 'Đoạn một.', '- ý a', '# 1.1. Chi tiết', 'Đoạn hai.', '# 2.', 'Pha\u0301t đô\u0323ng.'].join('\n');
    const { section, errors } = markupToSection('I', 'MỤC ĐÍCH', text);
    expect(errors).toEqual([]);
    expect(section.paragraphs).toEqual(['Mở đầu.']);
    expect(section.children?.map((c) => c.number)).toEqual(['1', '2']);
    expect(section.children?.[0]?.bullets).toEqual(['ý a']);
    expect(section.children?.[0]?.children?.[0]).toMatchObject({ number: '1.1', title: 'Chi tiết', paragraphs: ['Đoạn hai.'] });
    expect(section.children?.[1]).toMatchObject({ number: '2', title: null, paragraphs: ['Phát động.'] });
  });

  it('reports a heading that would leave the section', () => {
    const { errors } = markupToSection('I', 'A', 'Đoạn.\n# II. Khác');
    expect(errors).toEqual([{ line: 2, message: 'plan.markupDepth' }]);
  });
});

describe('plan section markup errors', () => {
  it('refuses a "#" line without a section number', () => {
    const { errors } = markupToSection('I', 'A', 'Đoạn.\n#\nĐoạn hai.');
    expect(errors).toEqual([{ line: 2, message: 'plan.markupHeading' }]);
  });
});
