// The kinds of nomination and what each needs from the council. The simplified procedure (đột xuất) has no vote:
// one set, tờ trình + short report (domain.md §4.3, §14 [V]).

export const NOMINATION_KINDS = ['annual', 'thematic', 'dot_xuat', 'cong_hien'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

/** True when the council votes on nominations of this kind. */
export function kindNeedsVote(kind: NominationKind): boolean {
  return kind !== 'dot_xuat';
}
