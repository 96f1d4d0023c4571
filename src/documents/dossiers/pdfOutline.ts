// PDF bookmarks (the document outline) with pdf-lib's low-level objects: pdf-lib has no outline API. Each node
// points at the first page of its part; parents are open so a reader shows the nominees under each part.
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineNode {
  label: string;
  /** 0-based page index in the document. */
  page: number;
  children: OutlineNode[];
}

/** Writes `nodes` as the document's outline and asks readers to show it on opening. */
export function writeOutline(doc: PDFDocument, nodes: readonly OutlineNode[]): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const count = (list: readonly OutlineNode[]): number => list.reduce((sum, n) => sum + 1 + count(n.children), 0);

  const level = (list: readonly OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = list.map(() => ctx.nextRef());
    list.forEach((node, i) => {
      const dict = ctx.obj({
        Title: PDFHexString.fromText(node.label),
        Parent: parent,
        Dest: [pages[node.page]!.ref, 'Fit'],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (node.children.length) {
        const kids = level(node.children, refs[i]!);
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(count(node.children)));
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]! };
  };

  if (nodes.length === 0) return;
  const top = level(nodes, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: count(nodes) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
