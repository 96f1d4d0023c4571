// The closing invariant of a ballot round: every ballot returned carries one mark (agree, disagree or blank) for
// every nominee on the paper, so each nominee's marks add up to the number of participants.

export interface NomineeCount {
  nomineeId: string;
  agree: number;
  disagree: number;
  blank: number;
}

export interface InvariantViolation {
  nomineeId: string;
  marks: number;
  participants: number;
}

/** The nominees whose agree + disagree + blank differs from `participants` (empty when the round is consistent). */
export function invariantViolations(counts: readonly NomineeCount[], participants: number): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const c of counts) {
    const marks = c.agree + c.disagree + c.blank;
    if (marks !== participants) out.push({ nomineeId: c.nomineeId, marks, participants });
  }
  return out;
}
