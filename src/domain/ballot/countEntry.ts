// Checks of the totals the counting committee (ban kiểm phiếu) types in: paper ballots and absent members' written
// opinions. Pure: a message key for the first problem, or null.

export interface PaperTotals {
  members: number; // members whose paper ballot is counted
  ballotsIssued: number;
  ballotsValid: number;
  nominees: ReadonlyArray<{ agree: number; disagree: number; blank: number }>;
}

/** Why the paper totals are inconsistent (each nominee's marks must add up to the ballots counted), or null. */
export function whyNotPaperTotals(t: PaperTotals): 'counting.form.members' | 'counting.form.issued' | 'counting.form.valid' | 'counting.form.sum' | null {
  if (t.members < 1) return 'counting.form.members';
  if (t.ballotsIssued < t.members) return 'counting.form.issued';
  if (t.ballotsValid > t.members) return 'counting.form.valid';
  // An invalid paper counts as blank for every nominee, so every nominee's marks add up to the papers counted.
  if (t.nominees.some((n) => n.agree + n.disagree + n.blank !== t.members)) return 'counting.form.sum';
  return null;
}

/** Why the written-opinion totals exceed the absent members who sent one, or null. */
export function whyNotWrittenTotals(
  absentWithOpinion: number,
  nominees: ReadonlyArray<{ agree: number; disagree: number }>,
): 'counting.form.writtenSum' | null {
  return nominees.some((n) => n.agree + n.disagree > absentWithOpinion) ? 'counting.form.writtenSum' : null;
}
