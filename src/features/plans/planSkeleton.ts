// The outline of a first plan when there is no earlier one to copy: the three parts every school plan has.
import type { PlanContent } from './planContent.ts';

/** An empty plan for `year`, signed by the chair. */
export function emptyPlanSkeleton(year: number, chairName: string): { title: string; content: PlanContent } {
  return {
    title: `Kế hoạch công tác thi đua, khen thưởng năm ${year}`,
    content: {
      preamble: [],
      sections: [
        { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', paragraphs: [], children: [] },
        { number: 'II', title: 'NỘI DUNG NHIỆM VỤ VÀ GIẢI PHÁP', paragraphs: [], children: [] },
        { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', paragraphs: [], children: [] },
      ],
      closing: `Trên đây là Kế hoạch công tác thi đua, khen thưởng năm ${year}.`,
      recipients: [
        { name: 'CBGVNV', purpose: 'để t/h' },
        { name: 'VT', purpose: 'Lưu' },
      ],
      signature: { onBehalfOf: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: chairName },
    },
  };
}
