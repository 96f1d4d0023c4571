// Contest rows → what the pages print: scores with the reader's decimal mark, the ranked results table (score, then
// prize, then the Vietnamese order of names), the form's values.
import { compareVietnameseNames } from '../../domain/vietnameseNames.ts';
import { PRIZES } from './contest.schemas.ts';

/** 85.5 → "85,5" in Vietnamese, "85.5" in English; '' when not scored. */
export function formatScore(score: { toString(): string } | number | null, locale: string): string {
  if (score === null) return '';
  const text = Number(score.toString()).toFixed(1);
  return locale === 'en' ? text : text.replace('.', ',');
}

const prizeRank = (p: string | null) => (p === null ? PRIZES.length : PRIZES.indexOf(p as (typeof PRIZES)[number]));

type Rankable = { withdrawnAt: Date | null; score: { toString(): string } | null; prize: string | null; author: { fullName: string } };

/** The judged entries (live and scored) in result order, each with its STT. */
export function rankedResults<T extends Rankable>(entries: readonly T[]): Array<T & { stt: number }> {
  return entries
    .filter((e) => e.withdrawnAt === null && e.score !== null)
    .sort(
      (a, b) =>
        Number(b.score!.toString()) - Number(a.score!.toString()) ||
        prizeRank(a.prize) - prizeRank(b.prize) ||
        compareVietnameseNames(a.author.fullName, b.author.fullName),
    )
    .map((e, i) => ({ ...e, stt: i + 1 }));
}

/** The contest form's values for an existing contest (dates as ISO days, shown dd/mm/yyyy by the field partial). */
export function contestFormValues(c: { title: string; rules: string; opensOn: Date; closesOn: Date }): Record<string, string> {
  return { title: c.title, rules: c.rules, opensOn: c.opensOn.toISOString().slice(0, 10), closesOn: c.closesOn.toISOString().slice(0, 10) };
}

/** The entry form's values for an existing entry. */
export function entryFormValues(e: { title: string; coAuthors: string | null; exemplarId: string | null; subjectName: string | null; body: string | null }) {
  return { title: e.title, coAuthors: e.coAuthors ?? '', exemplarId: e.exemplarId ?? '', subjectName: e.subjectName ?? '', body: e.body ?? '' };
}

/** What the entry is about: the exemplar's title or the name typed, or ''. */
export function entrySubject(e: { exemplar: { title: string } | null; subjectName: string | null }): string {
  return e.exemplar?.title ?? e.subjectName ?? '';
}
