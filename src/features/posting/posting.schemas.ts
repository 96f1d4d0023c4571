// Forms of the posting pages: publishing a meeting's approved list, a staff comment, the public comment form,
// moderation. Messages are catalogue keys shown beside the field.
import { z } from 'zod';
import { PUBLIC_COMMENT_LIMITS as L } from '../../domain/posting/postingLimits.ts';
import { formString, optionalText, requiredText } from '../../http/formFields.ts';

export const publishForm = z.object({ meetingId: formString.pipe(z.uuid({ message: 'form.choose' })) });

export const staffCommentForm = z.object({ body: requiredText(L.bodyMax) });

export const publicCommentForm = z.object({
  name: requiredText(L.nameMax),
  contact: optionalText(L.contactMax),
  body: requiredText(L.bodyMax),
});
export type PublicCommentInput = z.infer<typeof publicCommentForm>;

export const moderateForm = z
  .object({
    decision: z.enum(['accepted', 'rejected'], { message: 'form.choose' }),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    // A rejection must say why (the commenter and the dossier read it).
    if (v.decision === 'rejected' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'posting.form.reasonRequired' });
  });

/** The public link's token: 43 base64url characters (32 random bytes); anything else is simply not found. */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
