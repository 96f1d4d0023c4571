// Forms of the complaint pages: logging a letter, updating its handling, issuing the reply.
import { z } from 'zod';
import { checkbox, formString, optionalId, optionalText, requiredDate, requiredText, optionalDate } from '../../http/formFields.ts';

export const COMPLAINT_KINDS = ['khieu_nai', 'to_cao', 'kien_nghi'] as const;
export const COMPLAINT_CHANNELS = ['direct', 'post', 'email', 'posting', 'other'] as const;
export const COMPLAINT_STATUSES = ['received', 'in_progress', 'settled'] as const;

/** "nomination:<uuid>" or "approval:<uuid>": what the letter is about. */
const subject = formString.transform((raw, ctx) => {
  const m = /^(nomination|approval):([0-9a-f-]{36})$/i.exec(raw);
  if (!m || !z.uuid().safeParse(m[2]).success) {
    ctx.addIssue({ code: 'custom', message: 'form.choose' });
    return z.NEVER;
  }
  return { type: m[1]!.toLowerCase() as 'nomination' | 'approval', id: m[2]!.toLowerCase() };
});

export const complaintForm = z.object({
  receivedOn: requiredDate,
  senderName: requiredText(200),
  senderContact: optionalText(200),
  channel: z.enum(COMPLAINT_CHANNELS, { message: 'form.choose' }),
  kind: z.enum(COMPLAINT_KINDS, { message: 'form.choose' }),
  subject,
  summary: requiredText(4000),
  complex: checkbox,
  remoteArea: checkbox,
  assigneeStaffId: optionalId,
});
export type ComplaintInput = z.infer<typeof complaintForm>;

export const handlingForm = z
  .object({
    status: z.enum(COMPLAINT_STATUSES, { message: 'form.choose' }),
    assigneeStaffId: optionalId,
    acceptedOn: optionalDate,
    outcome: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    // A settled case says how it was settled: the reply letter quotes it.
    if (v.status === 'settled' && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'complaints.form.outcomeRequired' });
  });
export type HandlingInput = z.infer<typeof handlingForm>;
