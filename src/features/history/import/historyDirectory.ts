// Resolves staff codes and collective names typed in a history file against the school's directory, returning the
// directory's own spelling so the command can look them up exactly.
import { cleanText, foldForSearch } from '../../../domain/text.ts';
import type { HistoryContext } from '../historyTypes.ts';

export interface HistoryDirectory {
  staffCode(typed: string): string | undefined;
  collectiveName(typed: string): string | undefined;
}

function firstWins(entries: Array<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
  return map;
}

/** Indexes the directory: exact spelling first, then case-insensitive (codes) or case/diacritic-insensitive (names). */
export function buildHistoryDirectory(ctx: HistoryContext): HistoryDirectory {
  const codes = new Set(ctx.staffCodes);
  const codesUpper = firstWins(ctx.staffCodes.map((c) => [c.toUpperCase(), c]));
  const names = firstWins(ctx.collectiveNames.map((n) => [cleanText(n), n]));
  // Exact spelling wins, so "Tổ Anh" and "Tổ Ánh" stay distinct when typed correctly.
  const namesFolded = firstWins(ctx.collectiveNames.map((n) => [foldForSearch(n), n]));
  return {
    staffCode: (typed) => (codes.has(typed) ? typed : codesUpper.get(typed.toUpperCase())),
    collectiveName: (typed) => names.get(cleanText(typed)) ?? namesFolded.get(foldForSearch(typed)),
  };
}
