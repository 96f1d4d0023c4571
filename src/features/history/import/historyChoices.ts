// The closed lists a history file may use (ratings, titles, discipline forms…), each accepting its code and its
// Vietnamese wording. Matching ignores diacritics, case, spaces and punctuation, so "CSTĐ TP", "cstd_tp" and
// "Chiến sỹ thi đua cấp Thành phố" all read as CSTD_TP.
import type { AwardCode, DisciplineLevel, InitiativeLevel, Rating, RecordKind } from '../../../domain/rules/facts.ts';
import { foldForSearch } from '../../../domain/text.ts';

/** The values of one column: what the template offers (`labels`) and every accepted spelling (`byKey`). */
export interface ChoiceTable<T> {
  labels: readonly string[];
  byKey: ReadonlyMap<string, T>;
}

// A file repeats a handful of spellings thousands of times; folding (Unicode NFD) is the costly part.
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 10_000;

/** Folds a choice for matching: "Chiến sĩ thi đua (CSTĐ)" → "chiensithiduacstd". */
export function choiceKey(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    // "sỹ" and "sĩ" are both current spellings of the same word.
    key = foldForSearch(text)
      .replace(/[^a-z0-9]+/g, '')
      .replace(/sy/g, 'si');
    if (folded.size < FOLD_CACHE_LIMIT) folded.set(text, key);
  }
  return key;
}

function choices<T>(entries: ReadonlyArray<readonly [T, string, ...string[]]>): ChoiceTable<T> {
  const byKey = new Map<string, T>();
  for (const [value, ...spellings] of entries) {
    for (const s of [...spellings, String(value)]) byKey.set(choiceKey(s), value);
  }
  return { labels: entries.map((e) => e[1]), byKey };
}

export const RATINGS = choices<Rating>([
  ['HTXSNV', 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ'],
  ['HTTNV', 'HTTNV', 'Hoàn thành tốt nhiệm vụ'],
  ['HTNV', 'HTNV', 'Hoàn thành nhiệm vụ'],
  ['KHTNV', 'KHTNV', 'Không hoàn thành nhiệm vụ'],
]);

/** Record kinds a school year can be declared complete for; "Tất cả" is every kind. */
export const COVERAGE_KINDS = choices<RecordKind | 'all'>([
  ['ratings', 'Xếp loại', 'Xếp loại năm học'],
  ['titles', 'Danh hiệu', 'Khen thưởng', 'Danh hiệu khen thưởng'],
  ['discipline', 'Kỷ luật'],
  ['initiatives', 'Sáng kiến'],
  ['research', 'Đề tài', 'Đề tài nghiên cứu'],
  ['all', 'Tất cả'],
]);

/** The Vietnamese name of each title or form of commendation, as the template lists it. */
export const AWARD_NAMES: Readonly<Record<AwardCode, string>> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TP: 'Chiến sĩ thi đua cấp Thành phố',
  BK_UBND_TP: 'Bằng khen Chủ tịch UBND Thành phố',
  CSTD_TQ: 'Chiến sĩ thi đua toàn quốc',
  BK_TTG: 'Bằng khen Thủ tướng Chính phủ',
  HCLD_III: 'Huân chương Lao động hạng Ba',
  TTLDTT: 'Tập thể lao động tiên tiến',
  TTLDXS: 'Tập thể lao động xuất sắc',
  GIAY_KHEN: 'Giấy khen',
};

export const AWARDS = choices<AwardCode>([
  ['LDTT', AWARD_NAMES.LDTT, 'LĐTT'],
  ['CSTDCS', AWARD_NAMES.CSTDCS, 'CSTĐCS', 'Chiến sĩ thi đua cấp cơ sở'],
  ['CSTD_TP', AWARD_NAMES.CSTD_TP, 'CSTĐ TP', 'Chiến sĩ thi đua Thành phố', 'CSTĐ cấp Thành phố', 'CSTĐ cấp TP'],
  [
    'BK_UBND_TP',
    AWARD_NAMES.BK_UBND_TP,
    'Bằng khen UBND TP',
    'Bằng khen UBND Thành phố',
    'Bằng khen của Chủ tịch UBND Thành phố',
    'Bằng khen Chủ tịch UBND TP',
  ],
  ['CSTD_TQ', AWARD_NAMES.CSTD_TQ, 'CSTĐ toàn quốc', 'CSTĐTQ'],
  ['BK_TTG', AWARD_NAMES.BK_TTG, 'Bằng khen của Thủ tướng Chính phủ', 'Bằng khen Thủ tướng'],
  ['HCLD_III', AWARD_NAMES.HCLD_III, 'Huân chương Lao động hạng 3', 'Huân chương Lao động hạng III', 'HCLĐ hạng Ba'],
  ['TTLDTT', AWARD_NAMES.TTLDTT, 'TTLĐTT', 'Tập thể LĐTT'],
  ['TTLDXS', AWARD_NAMES.TTLDXS, 'TTLĐXS', 'Tập thể LĐXS'],
  ['GIAY_KHEN', AWARD_NAMES.GIAY_KHEN],
]);

/** Titles only a collective can hold. */
export const COLLECTIVE_ONLY_AWARDS: ReadonlySet<AwardCode> = new Set<AwardCode>(['TTLDTT', 'TTLDXS']);
/**
 * Titles only a person can hold. Bằng khen, Giấy khen and Huân chương go to persons and collectives alike
 * (Luật Thi đua, khen thưởng 2022), so they are in neither set.
 */
export const INDIVIDUAL_ONLY_AWARDS: ReadonlySet<AwardCode> = new Set<AwardCode>(['LDTT', 'CSTDCS', 'CSTD_TP', 'CSTD_TQ']);

export const DISCIPLINE_LEVELS = choices<DisciplineLevel>([
  ['khien_trach', 'Khiển trách'],
  ['canh_cao', 'Cảnh cáo'],
  ['cach_chuc', 'Cách chức'],
  ['buoc_thoi_viec', 'Buộc thôi việc'],
]);

export const PENDING_KINDS = choices<'discipline' | 'investigation'>([
  ['discipline', 'Kỷ luật', 'Xem xét kỷ luật', 'Đang xem xét kỷ luật'],
  ['investigation', 'Điều tra', 'Đang bị điều tra'],
]);

export const INITIATIVE_LEVELS = choices<InitiativeLevel>([
  ['co_so', 'Cơ sở', 'Cấp cơ sở'],
  ['thanh_pho', 'Thành phố', 'Cấp Thành phố', 'TP', 'Cấp TP'],
  ['toan_quoc', 'Toàn quốc', 'Cấp toàn quốc'],
]);

export const YES_NO = choices<boolean>([
  [true, 'Có', 'x', 'Yes', '1'],
  [false, 'Không', 'No', '0'],
]);
