// School years are written "2023-2024" in every Vietnamese school document; people also type "2023 - 2024",
// "2023-24" or "Năm học 2023–2024". Internally a school year is its start year.

/** First and last start years accepted: older records are not digitised, later ones are typing mistakes. */
export const MIN_SCHOOL_YEAR = 1950;
export const MAX_SCHOOL_YEAR = 2099;

const PATTERN = /^(?:n[aă]m h[oọ]c\s*)?(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})$/iu;

/** The start year of "2023-2024", "2023 - 2024" or "2023-24"; null when the text is not a valid school year. */
export function parseSchoolYear(text: string): number | null {
  const match = PATTERN.exec(text.normalize('NFC').trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ?? '';
  const consecutive = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  if (!consecutive || start < MIN_SCHOOL_YEAR || start > MAX_SCHOOL_YEAR) return null;
  return start;
}

/** 2023 → "2023-2024". */
export function formatSchoolYear(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}
