// The level of the authority behind an award record (issue 15 §2 "commendations by level"). An AwardRecord keeps the
// title or form (code) and the issuer as written on the decision; the code alone fixes the level of most forms
// (a Bằng khen of the city's chair, of the Prime Minister), but a Giấy khen or an LĐTT may come from the school's
// head, the ward, a department or a ministry, so the issuer text decides first and the code is the fallback.
import type { AwardCode } from '../rules/facts.ts';

/** Levels from the school up to the State, in the order reports list them. */
export const COMMENDATION_LEVELS = ['school', 'local', 'city', 'ministry', 'government', 'state'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];

/** Danh hiệu thi đua (titles) as opposed to hình thức khen thưởng (forms: Giấy khen, Bằng khen, Huân chương). */
const TITLES: ReadonlySet<string> = new Set<AwardCode>(['LDTT', 'CSTDCS', 'CSTD_TP', 'CSTD_TQ', 'TTLDTT', 'TTLDXS']);

/** Where each code is decided when the issuer text does not say (Luật TĐKT 2022, Điều 78–80; domain.md §2). */
const BY_CODE: Record<AwardCode, CommendationLevel> = {
  LDTT: 'local',
  CSTDCS: 'local',
  TTLDTT: 'local',
  GIAY_KHEN: 'local',
  TTLDXS: 'city',
  CSTD_TP: 'city',
  BK_UBND_TP: 'city',
  CSTD_TQ: 'government',
  BK_TTG: 'government',
  HCLD_III: 'state',
};

// Matched on the lower-cased text with its diacritics: folding would make "Bồ Đề" (a ward) read as "bộ" (ministry).
const ISSUER_RULES: ReadonlyArray<[RegExp, CommendationLevel]> = [
  [/chủ tịch nước/u, 'state'],
  [/thủ tướng|chính phủ/u, 'government'],
  [/(^|[\s,(])bộ(\s|$)|bộ trưởng|bộ giáo dục|bộ gd/u, 'ministry'],
  [/hiệu trưởng|(^|[\s,(])trường(\s|$)/u, 'school'],
  [/phường|(^|[\s,(])xã(\s|$)|quận|huyện|thị xã|thị trấn|phòng giáo dục|phòng gd/u, 'local'],
  [/thành phố|(^|[\s,(])tp\.?(\s|$)|tỉnh|(^|[\s,(])sở(\s|$)/u, 'city'],
];

/** The level of an award: from its issuer when the text names one, otherwise from its code. */
export function commendationLevel(code: string, issuer: string): CommendationLevel {
  const text = issuer.normalize('NFC').toLocaleLowerCase('vi');
  for (const [pattern, level] of ISSUER_RULES) if (pattern.test(text)) return level;
  return BY_CODE[code as AwardCode] ?? 'local';
}

/** True for a danh hiệu thi đua, false for a hình thức khen thưởng. */
export function isEmulationTitle(code: string): boolean {
  return TITLES.has(code);
}
