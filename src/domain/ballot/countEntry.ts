// Checks of the totals the counting committee (ban kiểm phiếu) types in: paper ballots and absent members' written
// opinions. Pure: a message key for the first problem, or null.

export interface PaperTotals {
  papers: number; // paper ballots in the batch
  ballotsIssued: number;
  ballotsValid: number;
  nominees: ReadonlyArray<{ agree: number; disagree: number; blank: number }>;
  /** Members recorded as having returned a paper ballot, and papers already in batches (pending or counted). */
  returned: number;
  inBatches: number;
}

export type PaperTotalsProblem =
  'counting.form.papers' | 'counting.form.issued' | 'counting.form.valid' | 'counting.form.sum' | 'counting.form.moreThanReturned';

/** Why the paper totals are inconsistent (each nominee's marks must add up to the batch's papers), or null. */
export function whyNotPaperTotals(t: PaperTotals): PaperTotalsProblem | null {
  if (t.papers < 1) return 'counting.form.papers';
  if (t.ballotsIssued < t.papers) return 'counting.form.issued';
  if (t.ballotsValid > t.papers) return 'counting.form.valid';
  // An invalid paper counts as blank for every nominee, so every nominee's marks add up to the papers counted.
  if (t.nominees.some((n) => n.agree + n.disagree + n.blank !== t.papers)) return 'counting.form.sum';
  // The batches never hold more papers than members recorded as returning one (the participation table).
  if (t.inBatches + t.papers > t.returned) return 'counting.form.moreThanReturned';
  return null;
}

/** Why the written-opinion totals exceed the absent members who sent one, or null. */
export function whyNotWrittenTotals(
  absentWithOpinion: number,
  nominees: ReadonlyArray<{ agree: number; disagree: number }>,
): 'counting.form.writtenSum' | null {
  return nominees.some((n) => n.agree + n.disagree > absentWithOpinion) ? 'counting.form.writtenSum' : null;
}
