// What each kind of registrant may aim for: titles (danh hiệu) and forms of commendation (hình thức khen thưởng).
import type { AwardCode } from '../../domain/rules/facts.ts';

export const OPTIONS: Record<'staff' | 'collective' | 'school', { titles: AwardCode[]; forms: AwardCode[] }> = {
  staff: { titles: ['LDTT', 'CSTDCS', 'CSTD_TP', 'CSTD_TQ'], forms: ['GIAY_KHEN', 'BK_UBND_TP', 'BK_TTG'] },
  collective: { titles: ['TTLDTT', 'TTLDXS'], forms: ['GIAY_KHEN', 'BK_UBND_TP'] },
  school: { titles: ['TTLDTT', 'TTLDXS'], forms: ['BK_UBND_TP', 'BK_TTG'] },
};

/** Keeps only the codes allowed for the subject (a tampered form cannot register anything else). */
export function allowedCodes(subject: keyof typeof OPTIONS, kind: 'titles' | 'forms', codes: string[]): AwardCode[] {
  const allowed = OPTIONS[subject][kind] as string[];
  return [...new Set(codes)].filter((c) => allowed.includes(c)) as AwardCode[];
}
