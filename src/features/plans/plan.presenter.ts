// Plan view models: status labels, sections flattened for display with their depth.
import type { AnnualPlanSection } from '../../documents/annualPlan.ts';
import { readPlanContent } from './planContent.ts';

export interface DisplayBlock {
  depth: number;
  number: string;
  title: string | null;
  paragraphs: string[];
  bullets: string[];
}

function flatten(section: AnnualPlanSection, depth: number, out: DisplayBlock[]): void {
  out.push({ depth, number: section.number, title: section.title, paragraphs: section.paragraphs, bullets: section.bullets ?? [] });
  for (const child of section.children ?? []) flatten(child, depth + 1, out);
}

/** A plan (row or snapshot) ready for the views. */
export function presentPlan(p: {
  id: string;
  year: number;
  title: string;
  status: string;
  content: unknown;
  revision?: number;
  versions?: Array<{ versionNo: number; documentSymbol: string; approvedOn: Date }>;
}) {
  const content = readPlanContent(p.content);
  return {
    id: p.id,
    year: p.year,
    title: p.title,
    status: p.status,
    statusKey: `plan.status.${p.status}`,
    revision: p.revision ?? 0,
    preamble: content.preamble,
    closing: content.closing,
    signature: content.signature,
    recipients: content.recipients,
    sections: content.sections.map((s, index) => {
      const blocks: DisplayBlock[] = [];
      flatten(s, 0, blocks);
      return { index, number: s.number, title: s.title, blocks };
    }),
    versions: p.versions ?? [],
  };
}
