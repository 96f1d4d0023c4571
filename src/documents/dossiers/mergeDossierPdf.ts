// The one merged PDF of a dossier (pdf-lib): cover, table of contents, every part with its own ND 30 page numbers,
// a running dossier page number in the footer of every page, and bookmarks per part and nominee. Metadata dates
// come from the dossier, so unchanged data gives the same bytes.
import { degrees, drawLinesOfText, PDFContentStream, PDFDocument, ParseSpeeds, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import { dateLine } from '../dateLine.ts';
import { renderCoverPages, type ContentsLine, type CoverData } from './coverPages.ts';
import type { OutlineNode } from './pdfOutline.ts';
import { writeOutline } from './pdfOutline.ts';
import { dossierDate, type RenderedEntry } from './renderDossierParts.ts';

interface Group {
  label: string;
  start: number; // 0-based page in the merged file
  /** Per nominee or document; an uploaded file sits under its nominee's bookmark (`files`). */
  children: { label: string; start: number; files: { label: string; start: number }[] }[];
}

function groups(rendered: readonly RenderedEntry[], offset: number): Group[] {
  const out: Group[] = [];
  let page = offset;
  for (const r of rendered) {
    const name = r.entry.part.form ? `${r.entry.part.name} (${r.entry.part.form})` : r.entry.part.name;
    let g = out.find((x) => x.label === name);
    if (!g) out.push((g = { label: name, start: page, children: [] }));
    const nominee = r.entry.nominee;
    if (r.entry.source.kind === 'evidence' && nominee) {
      let child = g.children.at(-1);
      if (child?.label !== nominee.name) g.children.push((child = { label: nominee.name, start: page, files: [] }));
      child.files.push({ label: r.entry.source.file.fileName, start: page });
    } else if (nominee || r.entry.label !== r.entry.part.name) g.children.push({ label: r.entry.label, start: page, files: [] });
    page += r.pages;
  }
  return out;
}

const contents = (gs: Group[]): ContentsLine[] =>
  gs.flatMap((g) => [
    { label: g.label, page: g.start + 1, level: 0 as const },
    ...g.children.flatMap((c) => [
      { label: c.label, page: c.start + 1, level: 1 as const },
      ...c.files.map((f) => ({ label: f.label, page: f.start + 1, level: 2 as const })),
    ]),
  ]);

/**
 * Writes the running number `text` at the foot of `page`: the operators pdf-lib's `drawText` writes, in a stream of
 * its own that is not deflated. pdf-lib deflates each content stream with a new pako deflater (a few hundred KB of
 * tables each); for a dozen bytes per page that was a tenth of the merge.
 */
function drawFooter(page: PDFPage, font: PDFFont, text: string): void {
  const size = 9;
  const context = page.doc.context;
  const operators = drawLinesOfText([font.encodeText(text)], {
    color: rgb(0.3, 0.3, 0.3),
    font: page.node.newFontDictionary(font.name, font.ref),
    size,
    lineHeight: 24, // pdf-lib's default line height: the same operators as page.drawText
    rotate: degrees(0),
    xSkew: degrees(0),
    ySkew: degrees(0),
    x: page.getWidth() - 42.5 - font.widthOfTextAtSize(text, size),
    y: 22,
  });
  page.node.addContentStream(context.register(PDFContentStream.of(context.obj({}), operators, false)));
}

/** The cover's texts for dossier `d`. */
export function coverData(d: DossierInput): CoverData {
  return {
    parentAgency: d.school.parentAgency,
    school: d.school.name,
    title: 'HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
    lines: [
      `Năm học ${yearLabel(d.startYear)}`,
      `Kính gửi: ${d.receiver}`,
      ...(d.receivedBy ? [`Nơi tiếp nhận hồ sơ: ${d.receivedBy}`] : []),
      `Phiên bản ${d.version}`,
    ],
    placeAndDate: dateLine(d.school.placeName, d.date),
    created: dossierDate(d),
  };
}

/** Merges the rendered parts of `d` into one bookmarked, page-numbered PDF; returns it with its page count. */
export async function mergeDossierPdf(d: DossierInput, rendered: readonly RenderedEntry[]): Promise<{ pdf: Uint8Array; pages: number }> {
  const cover = coverData(d);
  // The contents' own length shifts every page number: render once to count its pages, then with the real numbers.
  const load = async (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  let front = await load(await renderCoverPages(cover, contents(groups(rendered, 2))));
  const frontPages = front.getPageCount();
  const gs = groups(rendered, frontPages);
  front = await load(await renderCoverPages(cover, contents(gs)));
  if (front.getPageCount() !== frontPages) throw new Error('table of contents changed length between passes');

  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const source of [front, ...rendered.map((r) => r.parsed)]) {
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const p of pages) merged.addPage(p);
  }
  const font = await merged.embedFont(StandardFonts.TimesRoman);
  const total = merged.getPageCount();
  merged.getPages().forEach((page, i) => drawFooter(page, font, `${i + 1}/${total}`));
  const outline: OutlineNode[] = gs.map((g) => ({
    label: g.label,
    page: g.start,
    children: g.children.map((c) => ({ label: c.label, page: c.start, children: c.files.map((f) => ({ label: f.label, page: f.start, children: [] })) })),
  }));
  writeOutline(merged, [{ label: 'Bìa và mục lục', page: 0, children: [] }, ...outline]);
  merged.setTitle(`Hồ sơ đề nghị khen thưởng năm học ${yearLabel(d.startYear)} – ${d.school.name}`);
  merged.setAuthor(d.school.name);
  merged.setSubject(d.receiver);
  merged.setCreator('Thi đua');
  merged.setProducer('Thi đua (pdf-lib)');
  merged.setLanguage('vi-VN');
  merged.setCreationDate(cover.created);
  merged.setModificationDate(cover.created);
  // Without object streams: pdf-lib deflates those with pako, a quarter of the merge's time, for ~13 % of the file's
  // size (the parts' content and font streams are compressed already). Written in one go: serialising is copying.
  return { pdf: await merged.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: total };
}
