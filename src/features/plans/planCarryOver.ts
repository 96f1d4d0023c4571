// What a plan copied from an earlier year carried over (issue 15 §7): every mention of the source year or the year
// before it ("năm 2024", "2023-2024", "07/5/1954 - 07/5/2024"), every anniversary phrase of the source plan ("kỷ
// niệm 70 năm Ngày …"), and the carried căn cứ and anniversary rows dated in those years. The marks are found
// again on every read, so one disappears as soon as its text is edited; approval warns while any remain.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { AnnualPlanSection } from '../../documents/annualPlan.ts';
import type { Anniversaries, BasedOn, PlanContent } from './planContent.ts';

/** Plan.carryOver as stored (version 1). */
export const carryOverSchema = z.object({ version: z.literal(1), fromYear: z.number().int(), anniversaryPhrases: z.array(z.string()) });
export type CarryOver = z.infer<typeof carryOverSchema>;

/** Plan.carryOver read from its column (null: the plan was not copied). */
export function readCarryOver(value: unknown): CarryOver | null {
  return value === null || value === undefined ? null : carryOverSchema.parse(value);
}
/** Plan.carryOver as written. */
export const carryOverJson = (c: CarryOver) => c as unknown as Prisma.InputJsonObject;

// "Kỷ niệm 70 năm Ngày Giải phóng Thủ đô", "35 năm Ngày hội quốc phòng toàn dân": up to a comma, bracket or stop.
const ANNIVERSARY = /(?:kỷ niệm\s+)?\d+\s+năm\s+(?:ngày|thành lập|chiến thắng)[^,;.()\n]*/giu;

/** Anniversary phrases of a plan's text and its anniversary rows, remembered when the plan is copied. */
export function anniversaryPhrases(texts: string[], anniversaries: Anniversaries): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.normalize('NFC').matchAll(ANNIVERSARY)) found.add(m[0].trim());
  for (const a of anniversaries) found.add(a.name.trim());
  return [...found].filter((p) => p.length >= 6);
}

/** Where a mark is: the title, the preamble, a section (index into content.sections), the closing, or a row. */
export type MarkPlace =
  | { part: 'title' }
  | { part: 'preamble'; line: number }
  | { part: 'section'; index: number; number: string; line: number }
  | { part: 'closing' }
  | { part: 'basedOn'; row: number }
  | { part: 'anniversary'; row: number };

export interface Segment {
  text: string;
  mark: boolean;
}
export interface CarryMark {
  place: MarkPlace;
  kind: 'year' | 'anniversary';
  /** The marked words. */
  text: string;
  /** The whole line cut into plain and marked pieces, for highlighting. */
  segments: Segment[];
}

/** Every text of a section as the editor shows it (the same lines as sectionToMarkup), with 1-based line numbers. */
function sectionLines(section: AnnualPlanSection): string[] {
  const lines: string[] = [];
  const walk = (s: AnnualPlanSection, top: boolean) => {
    if (!top) lines.push(`# ${s.number}.${s.title ? ` ${s.title}` : ''}`);
    lines.push(...s.paragraphs, ...(s.bullets ?? []).map((b) => `- ${b}`));
    for (const c of s.children ?? []) walk(c, false);
  };
  walk(section, true);
  return lines;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matcher of carried-over words for `carry`: the two years as whole numbers, and the remembered phrases. */
function matcher(carry: CarryOver): RegExp {
  const years = [carry.fromYear, carry.fromYear - 1].map(String);
  const phrases = carry.anniversaryPhrases.map((p) => escape(p.normalize('NFC')).replace(/\s+/g, '\\s+'));
  return new RegExp([`(?<!\\d)(?:${years.join('|')})(?!\\d)`, ...phrases].join('|'), 'giu');
}

/** A line cut at its carried-over words; null when it has none. */
function markLine(line: string, re: RegExp, years: Set<string>): { segments: Segment[]; marks: Array<{ text: string; kind: CarryMark['kind'] }> } | null {
  const segments: Segment[] = [];
  const marks: Array<{ text: string; kind: CarryMark['kind'] }> = [];
  let at = 0;
  for (const m of line.matchAll(re)) {
    if (m.index > at) segments.push({ text: line.slice(at, m.index), mark: false });
    segments.push({ text: m[0], mark: true });
    marks.push({ text: m[0], kind: years.has(m[0]) ? 'year' : 'anniversary' });
    at = m.index + m[0].length;
  }
  if (!marks.length) return null;
  if (at < line.length) segments.push({ text: line.slice(at), mark: false });
  return { segments, marks };
}

/** The carried-over marks still in a plan, in reading order; none for a plan that was not copied. */
export function carryOverMarks(
  plan: { title: string; content: PlanContent; basedOn: BasedOn; anniversaries: Anniversaries },
  carry: CarryOver | null,
): CarryMark[] {
  if (!carry) return [];
  const re = matcher(carry);
  const years = new Set([String(carry.fromYear), String(carry.fromYear - 1)]);
  const out: CarryMark[] = [];
  const add = (place: MarkPlace, line: string) => {
    const found = markLine(line.normalize('NFC'), re, years);
    if (found) for (const m of found.marks) out.push({ place, kind: m.kind, text: m.text, segments: found.segments });
  };
  add({ part: 'title' }, plan.title);
  plan.content.preamble.forEach((p, i) => add({ part: 'preamble', line: i + 1 }, p));
  plan.content.sections.forEach((s, index) => sectionLines(s).forEach((l, i) => add({ part: 'section', index, number: s.number, line: i + 1 }, l)));
  add({ part: 'closing' }, plan.content.closing);
  plan.basedOn.forEach((b, row) => add({ part: 'basedOn', row }, [b.title, b.number ?? '', b.issuer ?? '', b.date ?? ''].join(' · ')));
  plan.anniversaries.forEach((a, row) => add({ part: 'anniversary', row }, [a.name, a.date ?? ''].join(' · ')));
  return out;
}

/** Every text line of a plan's content (preamble, sections, closing). */
export function planTexts(content: PlanContent): string[] {
  return [...content.preamble, ...content.sections.flatMap(sectionLines), content.closing];
}
