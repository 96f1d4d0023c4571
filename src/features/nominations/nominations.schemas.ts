// Forms of the nominations page: the summary and justification of one nomination, the removal reason.
import { z } from 'zod';
import { optionalText, requiredText } from '../../http/formFields.ts';

export const nominationForm = z.object({
  summary: optionalText(4000).transform((v) => v ?? ''),
  justification: optionalText(2000).transform((v) => v ?? ''),
});

export const removalForm = z.object({ reason: requiredText(500) });

const KINDS = ['annual', 'thematic', 'dot_xuat', 'cong_hien'] as const;
const CODES = ['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_UBND_TP', 'CSTD_TQ', 'BK_TTG', 'HCLD_III', 'TTLDTT', 'TTLDXS', 'GIAY_KHEN'] as const;

/** The manual nomination form: a candidate ("staff:<id>" or "collective:<id>"), title or form, kind, summary. */
export const newNominationForm = z
  .object({
    candidate: z.string().regex(/^(staff|collective):[0-9a-f-]{36}$/, 'form.choose'),
    code: z.enum(CODES, { message: 'form.choose' }),
    kind: z.enum(KINDS, { message: 'form.choose' }),
    movementId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ message: 'form.choose' }).optional()),
    summary: requiredText(4000),
    justification: optionalText(2000).transform((v) => v ?? ''),
  })
  .superRefine((v, ctx) => {
    // A thematic nomination belongs to a movement (phong trào theo chuyên đề).
    if (v.kind === 'thematic' && !v.movementId) ctx.addIssue({ code: 'custom', path: ['movementId'], message: 'nominations.form.movementRequired' });
  });
export type NewNominationInput = z.infer<typeof newNominationForm>;
