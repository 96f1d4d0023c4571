// A refusal: why an action or a read is not allowed, typed so that one HTTP helper turns it into the response.
// Pure data (no Express, no Prisma): policies return `Refusal | null`, null meaning allowed.
import type { MessageKey } from '../i18n/index.ts';

export type RefusalStatus = 403 | 404 | 409;

export interface Refusal {
  /** 403: not yours to do; 404: not yours to see (indistinguishable from absent); 409: the record's state forbids it now. */
  readonly status: RefusalStatus;
  readonly messageKey: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** 403 — the person may see the record but may not do this. */
export function forbidden(messageKey: MessageKey = 'error.forbidden.body', params?: Record<string, string | number>): Refusal {
  return params ? { status: 403, messageKey, params } : { status: 403, messageKey };
}

/** 404 — the record is not visible to the person: answered exactly like a record that does not exist. */
export function notFound(): Refusal {
  return { status: 404, messageKey: 'error.notFound.body' };
}

/** 409 — allowed in principle, but the record's current state rules it out (already approved, awaiting review…). */
export function conflict(messageKey: MessageKey, params?: Record<string, string | number>): Refusal {
  return params ? { status: 409, messageKey, params } : { status: 409, messageKey };
}

/** The first refusal of a list of checks, or null when all allow (checks are evaluated in order). */
export function firstRefusal(...checks: Array<Refusal | null>): Refusal | null {
  return checks.find((c) => c !== null) ?? null;
}
