// Carried-over marks → the lines the views list and highlight: one entry per line (its marks highlighted together),
// where it is, and the page that edits it.
import type { CarryMark, Segment } from './planCarryOver.ts';

export interface MarkedLine {
  /** Message key and parameters naming the place ("Mục II.1, dòng 3"). */
  placeKey: string;
  placeParams: Record<string, string | number>;
  href: string;
  segments: Segment[];
  count: number;
  anniversary: boolean;
  /** The section index for section lines (the section page highlights its own), else null. */
  section: number | null;
  line: number | null;
}

/** One entry per marked line, in reading order. */
export function presentMarks(planId: string, marks: CarryMark[]): MarkedLine[] {
  const byLine = new Map<string, MarkedLine>();
  for (const m of marks) {
    const p = m.place;
    const key = JSON.stringify(p);
    const existing = byLine.get(key);
    if (existing) {
      existing.count += 1;
      existing.anniversary ||= m.kind === 'anniversary';
      continue;
    }
    const base = { segments: m.segments, count: 1, anniversary: m.kind === 'anniversary', section: null, line: null };
    const edit = `/plans/${planId}/edit`;
    const entry: MarkedLine =
      p.part === 'section'
        ? {
            ...base,
            placeKey: 'plans.carry.place.section',
            placeParams: { number: p.number, line: p.line },
            href: `/plans/${planId}/sections/${p.index}/edit`,
            section: p.index,
            line: p.line,
          }
        : p.part === 'preamble'
          ? { ...base, placeKey: 'plans.carry.place.preamble', placeParams: { line: p.line }, href: edit, line: p.line }
          : p.part === 'basedOn' || p.part === 'anniversary'
            ? { ...base, placeKey: `plans.carry.place.${p.part}`, placeParams: { row: p.row + 1 }, href: edit, line: p.row + 1 }
            : { ...base, placeKey: `plans.carry.place.${p.part}`, placeParams: {}, href: edit };
    byLine.set(key, entry);
  }
  return [...byLine.values()];
}
