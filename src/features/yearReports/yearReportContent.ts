// The stored draft of a yearly report (YearReport.content), version 1: the texts of its sections as the chair or
// the secretary edit them (one paragraph a line; "- " starts a bullet), the figures table taken from the
// statistics when the draft was pre-filled (or refreshed), and the signer and recipients.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';

/** The editable sections, in the order of the report (I. … V.). */
export const REPORT_SECTIONS = ['situation', 'direction', 'movements', 'awards', 'exemplars', 'strengths', 'weaknesses', 'nextYear', 'proposals'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The longest text of one section, in characters. */
export const SECTION_MAX = 20_000;

const text = z.string().max(SECTION_MAX);

export const yearReportContentSchema = z.object({
  version: z.literal(1),
  preamble: text,
  sections: z.object(Object.fromEntries(REPORT_SECTIONS.map((k) => [k, text])) as Record<ReportSection, typeof text>),
  /** Rows of the figures table: [label, number, rate] as displayed. */
  figures: z.array(z.tuple([z.string(), z.string(), z.string()])),
  signerName: z.string().max(100),
  recipients: z.string().max(2000),
});
export type YearReportContent = z.infer<typeof yearReportContentSchema>;

/** YearReport.content read from its column. */
export function readYearReportContent(value: unknown): YearReportContent {
  return yearReportContentSchema.parse(value);
}

/** YearReport.content as written. */
export function yearReportContentJson(content: YearReportContent): Prisma.InputJsonObject {
  return yearReportContentSchema.parse(content);
}
