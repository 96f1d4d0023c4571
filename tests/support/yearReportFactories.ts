// Factories for the yearly report (issue 15 §3).
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { REPORT_SECTIONS, yearReportContentJson } from '../../src/features/yearReports/yearReportContent.ts';

/** A draft yearly report of `startYear` (2025 by default) with one line in every section. */
export async function buildYearReport(prisma: PrismaClient, o: { schoolId: string; startYear?: number }) {
  const sections = Object.fromEntries(REPORT_SECTIONS.map((k) => [k, `Nội dung mục ${k}.`])) as Record<(typeof REPORT_SECTIONS)[number], string>;
  return prisma.yearReport.create({
    data: {
      schoolId: o.schoolId,
      startYear: o.startYear ?? 2025,
      content: yearReportContentJson({
        version: 1,
        preamble: 'Thực hiện kế hoạch năm học.',
        sections,
        figures: [],
        signerName: 'Nguyễn Thị Chủ Tịch',
        recipients: '- Lưu: VT.',
      }),
    },
  });
}
