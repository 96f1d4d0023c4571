// Limits of a form body. A plan section may hold 100,000 characters of Vietnamese, which percent-encoded can take up
// to 9 bytes a character: the body limit leaves room for that, so the section's own limit (with its message beside
// the field and the text kept) is what the user meets, not a bare 413.
export const BODY_LIMIT = '2mb';
/** BODY_LIMIT in bytes (body-parser reads '2mb' as 2 × 1024 × 1024). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Fields of one urlencoded form (body-parser refuses more with a 413). */
export const PARAMETER_LIMIT = 1000;
