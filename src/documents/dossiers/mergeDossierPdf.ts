// The one merged PDF of a dossier (pdf-lib): cover, table of contents, every part with its own ND 30 page numbers,
// a running dossier page number in the footer of every page, and bookmarks per part and nominee. Metadata dates
// come from the dossier, so unchanged data gives the same bytes.
//
// The app's own documents are drawn one after the other into a single pdfkit document, each from a new page and
// numbered on its own, exactly as each is drawn alone; pdf-lib then parses that one file and puts its pages in filing
// order between the evidence pages. Rendering each document as its own file and copying it in cost, per document,
// a new pdfkit document, four font subsets deflated, a pdf-lib parse and a copy of those subsets (60-odd documents:
// most of the merge, and a merged file carrying 280 font subsets instead of 4).
import { degrees, drawLinesOfText, PDFContentStream, PDFDocument, ParseSpeeds, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import { dateLine } from '../dateLine.ts';
import { officialPdf } from '../pdf/officialPdf.ts';
import { drawOfficialDocument } from '../pdf/renderPdf.ts';
import { coverPageCount, renderCoverPages, type ContentsLine, type CoverData } from './coverPages.ts';
import type { OutlineNode } from './pdfOutline.ts';
import { writeOutline } from './pdfOutline.ts';
import { dossierDate, type RenderedEntry } from './renderDossierParts.ts';

interface Group {
  label: string;
  start: number; // 0-based page in the merged file
  /** Per nominee or document; an uploaded file sits under its nominee's bookmark (`files`). */
  children: { label: string; start: number; files: { label: string; start: number }[] }[];
}

/** An entry of the merged file and its page count there. */
interface Placed {
  entry: RenderedEntry['entry'];
  pages: number;
}

function groups(rendered: readonly Placed[], offset: number): Group[] {
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

/**
 * The dossier's own documents drawn into one pdfkit document, in filing order, each from a new page: the file and
 * each entry's page count (0 for evidence). A document rendered alone too must have taken as many pages.
 */
async function drawDocuments(d: DossierInput, rendered: readonly RenderedEntry[]): Promise<{ bytes: Uint8Array | null; counts: number[] }> {
  if (!rendered.some((r) => r.entry.source.kind === 'document')) return { bytes: null, counts: rendered.map(() => 0) };
  const { pdf, bytes } = officialPdf({ title: 'Hồ sơ', created: dossierDate(d), bufferPages: true });
  let fresh = true; // pdfkit opens a document on a blank first page
  const counts = rendered.map((r) => {
    if (r.entry.source.kind !== 'document') return 0;
    if (!fresh) pdf.addPage();
    fresh = false;
    const pages = drawOfficialDocument(pdf, r.entry.source.doc);
    if (r.pages !== null && r.pages !== pages) throw new Error(`"${r.entry.file}" took ${pages} pages in the merged file but ${r.pages} alone`);
    return pages;
  });
  pdf.end();
  return { bytes: await bytes, counts };
}

/** Merges the rendered parts of `d` into one bookmarked, page-numbered PDF; returns it with its page count. */
export async function mergeDossierPdf(d: DossierInput, rendered: readonly RenderedEntry[]): Promise<{ pdf: Uint8Array; pages: number }> {
  const cover = coverData(d);
  const load = async (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const documents = await drawDocuments(d, rendered);
  const placed: Placed[] = rendered.map((r, i) => ({ entry: r.entry, pages: r.parsed ? r.parsed.getPageCount() : documents.counts[i]! }));
  // The contents' own length shifts every page number: render once to count its pages, then with the real numbers.
  const frontPages = coverPageCount(cover, contents(groups(placed, 2)));
  const gs = groups(placed, frontPages);
  const frontFile = renderCoverPages(cover, contents(gs));
  const front = await load(await frontFile.bytes);
  if (frontFile.pages !== frontPages || front.getPageCount() !== frontPages) throw new Error('table of contents changed length between passes');

  const merged = await PDFDocument.create({ updateMetadata: false });
  const copy = async (source: PDFDocument) => merged.copyPages(source, source.getPageIndices());
  for (const p of await copy(front)) merged.addPage(p);
  // All the documents' pages in one copy, so their four fonts are copied once.
  const own = documents.bytes ? await copy(await load(documents.bytes)) : [];
  let next = 0;
  for (const [i, r] of rendered.entries()) {
    if (r.parsed) for (const p of await copy(r.parsed)) merged.addPage(p);
    else {
      const count = documents.counts[i] ?? 0;
      for (const p of own.slice(next, next + count)) merged.addPage(p);
      next += count;
    }
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
