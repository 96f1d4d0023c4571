// Reads a PDF's outline (bookmarks) back with pdf-lib's object model: the titles, depth first, indented by level.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The outline's titles, each prefixed by two spaces per level. */
export async function outlineTitles(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const titles: string[] = [];
  const walk = (first: unknown, depth: number) => {
    let node = first instanceof PDFDict ? first : undefined;
    while (node) {
      const title = node.lookup(PDFName.of('Title'));
      if (title instanceof PDFHexString || title instanceof PDFString) titles.push(`${'  '.repeat(depth)}${title.decodeText()}`);
      walk(node.lookup(PDFName.of('First')), depth + 1);
      const next = node.lookup(PDFName.of('Next'));
      node = next instanceof PDFDict ? next : undefined;
    }
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')), 0);
  return titles;
}
