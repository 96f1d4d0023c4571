// Maps the school's annual emulation plan (kế hoạch công tác thi đua, khen thưởng) onto the document model.
// The input mirrors prisma/seed/ke-hoach-2024.json so that the seed and a database-backed plan give one shape.
import type { Block, HeadingBlock, IssueDate, OfficialDocument, Recipient } from './model.ts';

/** A numbered section of the plan: "I", "1", "1.1"… with its own text and sub-sections. */
export interface AnnualPlanSection {
  number: string;
  /** Absent (null in the seed) when the number directly introduces a paragraph: "3.1. Phát động…". */
  title: string | null;
  paragraphs: string[];
  /** Items printed as "- …" after the paragraphs. */
  bullets?: string[];
  children?: AnnualPlanSection[];
}

export interface AnnualPlan {
  year: number;
  /** "Kế hoạch công tác thi đua, khen thưởng năm 2024; …": the document type name comes first. */
  title: string;
  preamble: string[];
  sections: AnnualPlanSection[];
  closing: string;
  /** Nơi nhận; the seed lists the archive as { name: "VT", purpose: "Lưu" }. */
  recipients: Recipient[];
  signature: { onBehalfOf?: string | null; title: string; name: string };
  /** Căn cứ: printed as "Căn cứ …;" lines before the preamble. */
  basedOn?: Array<{ number: string | null; date: string | null; issuer: string | null; title: string }>;
  /** The year's anniversaries: listed after the preamble. */
  anniversaries?: Array<{ name: string; date: string | null; since?: string | null }>;
}

export interface PlanSchool {
  name: string;
  district: string;
  city?: string;
}

export interface AnnualPlanOptions {
  /** Số, ký hiệu; blank before "/KH-HĐTĐKT" for a draft. */
  number?: string;
  /** Date of issue; a draft has only the plan's year. */
  date?: IssueDate;
  /** Địa danh; the school's district by default. */
  place?: string;
  /** The upper agency line; the school's name by default, since the council belongs to the school. */
  parentAgency?: string;
  issuingAgency?: string;
}

const TYPE_NAME = 'KẾ HOẠCH';
const ARCHIVE_PURPOSE = 'lưu';
// Space left for the number, which the văn thư assigns when the plan is signed.
const DRAFT_NUMBER = `${'\u00a0'.repeat(6)}/KH-HĐTĐKT`;

/** The annual plan as an official document (KẾ HOẠCH, issued by the school's emulation council). */
export function annualPlanDocument(plan: AnnualPlan, school: PlanSchool, options: AnnualPlanOptions = {}): OfficialDocument {
  const isArchive = (r: Recipient) => r.purpose?.trim().toLocaleLowerCase('vi') === ARCHIVE_PURPOSE;
  const summary = planSummary(plan.title);
  return {
    header: {
      parentAgency: options.parentAgency ?? school.name.toLocaleUpperCase('vi'),
      issuingAgency: options.issuingAgency ?? 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      number: options.number ?? DRAFT_NUMBER,
      place: options.place ?? school.district,
      date: options.date ?? { year: plan.year },
    },
    typeName: TYPE_NAME,
    summary,
    body: [
      ...(plan.basedOn ?? []).map((b): Block => ({ kind: 'paragraph', text: basedOnLine(b) })),
      ...plan.preamble.map((text): Block => ({ kind: 'paragraph', text })),
      ...anniversaryBlocks(plan.anniversaries ?? []),
      ...plan.sections.flatMap((section) => sectionBlocks(section, 1)),
      { kind: 'paragraph', text: plan.closing },
    ],
    signature: {
      ...(plan.signature.onBehalfOf ? { authority: plan.signature.onBehalfOf } : {}),
      title: plan.signature.title,
      name: plan.signature.name,
    },
    recipients: plan.recipients.filter((r) => !isArchive(r)),
    archive: plan.recipients.filter(isArchive).map((r) => r.name),
    title: `${TYPE_NAME} ${summary}`,
    author: school.name,
  };
}

/** The trích yếu: the plan title without its leading "Kế hoạch", which the type name already says. */
export function planSummary(title: string): string {
  const rest = title.replace(/^\s*kế hoạch\s+/iu, '').trim();
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** "I." "1." "1.1." at levels 1–3; level 4 and deeper use the "a)" style. */
export function sectionLabel(number: string, level: HeadingBlock['level']): string {
  return level === 4 ? `${number})` : `${number}.`;
}

function sectionBlocks(section: AnnualPlanSection, depth: number): Block[] {
  const level = Math.min(depth, 4) as HeadingBlock['level'];
  const label = sectionLabel(section.number, level);
  const [first, ...rest] = section.paragraphs;
  const blocks: Block[] = [];
  if (section.title) {
    blocks.push({ kind: 'heading', level, number: label, text: section.title });
    blocks.push(...section.paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  } else if (first !== undefined) {
    // An untitled section is written as its number running into the first paragraph, as in the original plan.
    blocks.push({ kind: 'paragraph', lead: label, text: first });
    blocks.push(...rest.map((text): Block => ({ kind: 'paragraph', text })));
  } else {
    blocks.push({ kind: 'heading', level, number: label, text: '' });
  }
  if (section.bullets && section.bullets.length > 0) blocks.push({ kind: 'bullets', items: section.bullets });
  for (const child of section.children ?? []) blocks.push(...sectionBlocks(child, depth + 1));
  return blocks;
}

/** "2024-02-21" → "21/02/2024". */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** "Căn cứ Kế hoạch … (số 102/KH-HĐTĐKT ngày 21/02/2024 của HĐTĐKT quận Long Biên);" */
export function basedOnLine(b: NonNullable<AnnualPlan['basedOn']>[number]): string {
  const ref = [b.number ? `số ${b.number}` : '', b.date ? `ngày ${dmy(b.date)}` : '', b.issuer ? `của ${b.issuer}` : ''].filter(Boolean).join(' ');
  return `Căn cứ ${b.title.replace(/[;.]\s*$/, '')}${ref ? ` (${ref})` : ''};`;
}

/** The anniversaries as a lead paragraph and a "- " list: "Kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)". */
function anniversaryBlocks(list: NonNullable<AnnualPlan['anniversaries']>): Block[] {
  if (!list.length) return [];
  const item = (a: (typeof list)[number]) => {
    const when = a.since && a.date ? `${dmy(a.since)} - ${dmy(a.date)}` : a.date ? dmy(a.date) : '';
    return when ? `${a.name} (${when});` : `${a.name};`;
  };
  return [
    { kind: 'paragraph', text: 'Các ngày lễ, kỷ niệm lớn trong năm:' },
    { kind: 'bullets', items: list.map(item) },
  ];
}
