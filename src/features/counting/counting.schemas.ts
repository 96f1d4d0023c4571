// Forms of the counting page: the paper returns (members), a paper batch (papers, ballots issued / valid, marks per
// nominee; no member) and the written opinions (agree / disagree per nominee). Per-nominee fields are named
// <field>-<nominationId>.
import { z } from 'zod';
import { formString } from '../../http/formFields.ts';

const count = formString.transform((v, ctx) => {
  const n = v.trim() === '' ? 0 : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 1000) {
    ctx.addIssue({ code: 'custom', message: 'counting.form.number' });
    return z.NEVER;
  }
  return n;
});

const members = z.preprocess(
  (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(z.uuid({ message: 'form.choose' })).max(200),
);

export interface PaperInput {
  papers: number;
  ballotsIssued: number;
  ballotsValid: number;
  totals: Map<string, { agree: number; disagree: number; blank: number }>;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function counts(body: Record<string, unknown>, fields: readonly string[], nomineeIds: readonly string[], errors: Record<string, string>) {
  const out = new Map<string, Record<string, number>>();
  for (const id of nomineeIds) {
    const row: Record<string, number> = {};
    for (const f of fields) {
      const parsed = count.safeParse(body[`${f}-${id}`]);
      if (parsed.success) row[f] = parsed.data;
      else errors[`${f}-${id}`] = 'counting.form.number';
    }
    out.set(id, row);
  }
  return out;
}

/** Parses the members ticked as having returned a paper ballot. */
export function returnsFrom(body: Record<string, unknown>): Parsed<string[]> {
  const m = members.safeParse(body.members);
  if (!m.success || m.data.length === 0) return { ok: false, errors: { members: 'counting.form.members' } };
  return { ok: true, value: [...new Set(m.data)] };
}

/** Parses a paper batch for the round's nominees. */
export function paperFrom(body: Record<string, unknown>, nomineeIds: readonly string[]): Parsed<PaperInput> {
  const errors: Record<string, string> = {};
  const papers = count.safeParse(body.papers);
  if (!papers.success) errors.papers = 'counting.form.number';
  const issued = count.safeParse(body.ballotsIssued);
  if (!issued.success) errors.issued = 'counting.form.number';
  const valid = count.safeParse(body.ballotsValid);
  if (!valid.success) errors.valid = 'counting.form.number';
  const rows = counts(body, ['agree', 'disagree', 'blank'], nomineeIds, errors);
  if (Object.keys(errors).length > 0 || !papers.success || !issued.success || !valid.success) return { ok: false, errors };
  const totals = new Map([...rows].map(([id, r]) => [id, { agree: r.agree!, disagree: r.disagree!, blank: r.blank! }]));
  return { ok: true, value: { papers: papers.data, ballotsIssued: issued.data, ballotsValid: valid.data, totals } };
}

/** Parses the written-opinion totals for the round's nominees. */
export function writtenFrom(body: Record<string, unknown>, nomineeIds: readonly string[]): Parsed<Map<string, { agree: number; disagree: number }>> {
  const errors: Record<string, string> = {};
  const rows = counts(body, ['wagree', 'wdisagree'], nomineeIds, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: new Map([...rows].map(([id, r]) => [id, { agree: r.wagree!, disagree: r.wdisagree! }])) };
}
