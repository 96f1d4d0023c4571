// Forms of the meeting pages: the meeting itself, the attendance sheet, opening a round, the chair's tie order.
import { z } from 'zod';
import { formString, requiredDate, requiredText } from '../../http/formFields.ts';

export const meetingForm = z.object({
  heldOn: requiredDate,
  startsAt: formString.pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'meetings.form.time')),
  place: requiredText(200),
  agenda: requiredText(4000),
});
export type MeetingInput = z.infer<typeof meetingForm>;

/** One row of the attendance sheet per member: fields named present-<staffId>, reason-<staffId>, … */
export function attendanceFrom(body: Record<string, unknown>, staffIds: readonly string[]) {
  return staffIds.map((staffId) => {
    const raw = body[`reason-${staffId}`];
    const reason = typeof raw === 'string' ? raw.trim().slice(0, 300) : '';
    return {
      staffId,
      present: body[`present-${staffId}`] === 'on',
      absenceReason: reason || null,
      writtenOpinion: body[`written-${staffId}`] === 'on',
      counter: body[`counter-${staffId}`] === 'on',
    };
  });
}
export type AttendanceRow = ReturnType<typeof attendanceFrom>[number];

export const AWARD_CODES = ['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_UBND_TP', 'CSTD_TQ', 'BK_TTG', 'HCLD_III', 'TTLDTT', 'TTLDXS', 'GIAY_KHEN'] as const;

export const roundForm = z.object({
  code: z.enum(AWARD_CODES, { message: 'form.choose' }),
  mode: z.enum(['screen', 'paper', 'show_of_hands'], { message: 'form.choose' }).default('screen'),
  quota: formString.transform((v, ctx) => {
    if (v.trim() === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 500) {
      ctx.addIssue({ code: 'custom', message: 'meetings.form.quota' });
      return z.NEVER;
    }
    return n;
  }),
});

/** The chair's order for nominees tied at a quota line (ids, first ranked higher). */
export const chairOrderForm = z.object({
  order: z.preprocess((v: unknown) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.uuid()).max(500)),
});
