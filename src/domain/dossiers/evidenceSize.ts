// The dossier's size bound, checked before anything is read: the uploaded evidence that would be merged is summed
// from the sizes recorded at upload, and a dossier over the bound names its biggest files so the secretary knows
// what to shrink. (The generated documents weigh tens of kilobytes each; the export guards the exact total.)
import type { DossierInput } from './dossierInput.ts';
import type { DossierIssue } from './checkDossier.ts';

/** How many of the biggest files the message names. */
const NAMED = 3;

/** "62,4 MB" (Vietnamese decimal comma; whole numbers without decimals). */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? String(mb) : mb.toFixed(1).replace('.', ',')} MB`;
}

/** The evidence files that go into the export (a file with a problem is left out), with their nominee. */
export function mergedEvidence(input: DossierInput) {
  return input.nominees.flatMap((n) => n.evidence.filter((f) => !f.problem).map((f) => ({ nominee: n.name, file: f })));
}

/** The 'dossierTooLarge' finding when the evidence to merge exceeds `maxBytes`; null otherwise. */
export function evidenceSizeIssue(input: DossierInput, maxBytes: number): DossierIssue | null {
  const files = mergedEvidence(input);
  const total = files.reduce((sum, x) => sum + x.file.size, 0);
  if (total <= maxBytes) return null;
  const biggest = [...files]
    .sort((a, b) => b.file.size - a.file.size || a.file.fileName.localeCompare(b.file.fileName, 'vi'))
    .slice(0, NAMED)
    .map((x) => `"${x.file.fileName}" (${megabytes(x.file.size)}, ${x.nominee})`);
  return {
    code: 'dossierTooLarge',
    nominationId: null,
    nominee: null,
    part: null,
    detail: `${megabytes(maxBytes)}: tệp minh chứng tổng cộng ${megabytes(total)}; lớn nhất: ${biggest.join(', ')}`,
  };
}
