// The text form of a plan section edited in the browser. A heading line starts with "#", then the number and the
// title ("# 1.1. Kiện toàn tổ chức bộ máy"); a number with no title ("# 3.1.") introduces paragraphs directly.
// Lines starting with "- " are bullets; other non-empty lines are paragraphs. Nesting follows the numbers.
import type { AnnualPlanSection } from '../../documents/annualPlan.ts';

const HEADING = /^#\s*([IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*(.*)$/u;

/** Nesting depth implied by a section number: I → 0, 1 → 1, 1.1 → 2, a → one deeper than its parent. */
function depthOf(number: string, parentDepth: number): number {
  if (/^[IVXLC]+$/.test(number)) return 0;
  if (/^\d+(\.\d+)*$/.test(number)) return number.split('.').length;
  return parentDepth + 1;
}

/** One section (with its sub-sections) as editable text. */
export function sectionToMarkup(section: AnnualPlanSection): string {
  const lines: string[] = [];
  const write = (s: AnnualPlanSection, top: boolean) => {
    if (!top) lines.push(`# ${s.number}.${s.title ? ` ${s.title}` : ''}`);
    for (const p of s.paragraphs) lines.push(p);
    for (const b of s.bullets ?? []) lines.push(`- ${b}`);
    for (const c of s.children ?? []) write(c, false);
  };
  write(section, true);
  return lines.join('\n');
}

export interface MarkupError {
  line: number;
  message: string;
}

/** Parses the body of a section (its paragraphs, bullets and sub-sections) back into the tree. */
export function markupToSection(number: string, title: string | null, text: string): { section: AnnualPlanSection; errors: MarkupError[] } {
  const root: AnnualPlanSection = { number, title, paragraphs: [], children: [] };
  const rootDepth = depthOf(number, -1);
  const stack: Array<{ node: AnnualPlanSection; depth: number }> = [{ node: root, depth: rootDepth }];
  const errors: MarkupError[] = [];
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) return;
      const heading = HEADING.exec(line);
      const current = stack[stack.length - 1]!.node;
      if (heading) {
        const [, num, rest] = heading as unknown as [string, string, string];
        const depth = depthOf(num, stack[stack.length - 1]!.depth);
        while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
        if (depth <= rootDepth) {
          errors.push({ line: i + 1, message: 'plan.markupDepth' });
          return;
        }
        const node: AnnualPlanSection = { number: num, title: rest.trim() || null, paragraphs: [], children: [] };
        (stack[stack.length - 1]!.node.children ??= []).push(node);
        stack.push({ node, depth });
      } else if (line.startsWith('#')) {
        errors.push({ line: i + 1, message: 'plan.markupHeading' });
      } else if (line.startsWith('- ')) {
        (current.bullets ??= []).push(line.slice(2).trim());
      } else {
        current.paragraphs.push(line);
      }
    });
  return { section: tidy(root), errors };
}

/** Drops empty optional arrays so a round trip gives back the stored shape. */
function tidy(s: AnnualPlanSection): AnnualPlanSection {
  const out: AnnualPlanSection = { number: s.number, title: s.title, paragraphs: s.paragraphs };
  if (s.bullets?.length) out.bullets = s.bullets;
  out.children = (s.children ?? []).map(tidy);
  return out;
}
