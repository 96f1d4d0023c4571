// A registration with no title and no form registers for nothing: it may be saved as a draft, never submitted or approved.

/** True when the registration names neither a title nor a form of commendation. */
export function isEmptyRegistration(r: { titles: readonly string[]; forms: readonly string[] }): boolean {
  return r.titles.length === 0 && r.forms.length === 0;
}
