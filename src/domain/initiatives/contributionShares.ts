// Authors' contribution shares (tỉ lệ đóng góp): whole percentages that add up to exactly 100, one row per author.

/** Why the shares are not acceptable (a catalogue key), or null. */
export function whyInvalidShares(authors: readonly { staffId: string; sharePct: number }[]): string | null {
  if (authors.length === 0) return 'initiatives.needsAuthor';
  if (new Set(authors.map((a) => a.staffId)).size !== authors.length) return 'initiatives.duplicateAuthor';
  if (authors.some((a) => !Number.isInteger(a.sharePct) || a.sharePct < 1 || a.sharePct > 100)) return 'initiatives.shareWhole';
  if (authors.reduce((s, a) => s + a.sharePct, 0) !== 100) return 'initiatives.sharesSum';
  return null;
}
