// Where a header name breaks when it does not fit its column. pdfkit fills lines greedily, which splits a
// proper name ("TRƯỜNG TIỂU HỌC LÝ / THƯỜNG KIỆT"); a clerk would write "TRƯỜNG TIỂU HỌC / LÝ THƯỜNG KIỆT".

/** Splits `text` into lines for a column: explicit "\n" first, then the most even two-line break that fits. */
export function balanceLines(text: string, width: number, measure: (s: string) => number): string[] {
  if (text.includes('\n')) return text.split('\n').map((line) => line.trim());
  if (measure(text) <= width) return [text];
  const words = text.split(/\s+/);
  let best: { lines: string[]; score: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    // A line must not start with the dash of "THI ĐUA - KHEN THƯỞNG"; ending a line with it is the custom.
    if (second.startsWith('-')) continue;
    const widest = Math.max(measure(first), measure(second));
    if (widest > width) continue;
    // Breaking right after " - " keeps the two named parts whole, so it wins over a slightly more even break.
    const score = widest - (first.endsWith(' -') ? width * 0.25 : 0);
    if (!best || score < best.score) best = { lines: [first, second], score };
  }
  return best?.lines ?? [text];
}
