// Entries of a contest: the staff member submits (text and/or a PDF/DOCX file), edits and withdraws their own while
// entries are accepted; an entry's page shows it to whoever may see it (the author, the organisers, everyone once
// the results are published). Refused forms re-render with 422, the input kept and the message beside its field.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { paragraphsOf, yearLabel } from '../exemplars/exemplars.presenter.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { whyNotEditEntry, whyNotSubmit, whyNotWithdrawEntry } from './contest.policy.ts';
import { contestChoices, findContest, findEntry, findOwnEntry } from './contest.queries.ts';
import { entryForm } from './contest.schemas.ts';
import { renderContestPage } from './contestPage.ts';
import { entryFormValues, entrySubject, formatScore } from './contests.presenter.ts';
import type { EntryUpload } from './entryFile.ts';
import { submitEntry } from './submitEntry.ts';
import { updateEntry } from './updateEntry.ts';
import { withdrawEntry } from './withdrawEntry.ts';

type Extra = { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> };

/** The upload of the request, sniffed (PDF/DOCX checked by the command), or null when no file was sent. */
async function uploadOf(req: Request): Promise<EntryUpload | null> {
  if (!req.file || req.file.size === 0) return null;
  return { ...(await acceptUpload(req.file)), bytes: req.file.buffer };
}

/** Registers the entry routes under /contests/:id/entries. */
export function registerContestEntryRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const renderEntry = async (req: Request, res: Response, extra: Extra = {}) => {
    const user = userOf(req);
    const c = await findContest(prisma, user, paramId(req.params));
    const e = await findEntry(prisma, user, c.id, paramId(req.params, 'entryId'));
    const { exemplars } = await contestChoices(prisma, user.schoolId);
    const showScore = user.permissions.has('contest:manage') || c.state === 'published';
    res.status(extra.status ?? 200).render('contests/entry', {
      title: 'contests.entryPage',
      c,
      year: yearLabel(c.schoolYear.startYear),
      e: {
        ...e,
        subject: entrySubject(e),
        paragraphs: e.body ? paragraphsOf(e.body) : [],
        scoreText: showScore ? formatScore(e.score, String(res.locals.locale)) : '',
      },
      showScore,
      exemplars,
      may: { edit: whyNotEditEntry(user, c, e, req.now) === null, withdraw: whyNotWithdrawEntry(user, c, e, req.now) === null },
      values: extra.values ?? entryFormValues(e),
      errors: extra.errors ?? {},
    });
  };

  router.post(
    '/contests/:id/entries',
    requirePermission('contest:enter'),
    singleUpload(env, 'file', (req, res, refusal) =>
      renderContestPage(prisma, req, res, { status: refusal.status, entry: { values: formValues(req.body), errors: { file: refusal.message } } }),
    ),
    async (req, res) => {
      const user = userOf(req);
      const c = await findContest(prisma, user, paramId(req.params));
      const again = (errors: Record<string, string>, status = 422) =>
        renderContestPage(prisma, req, res, { status, entry: { values: formValues(req.body), errors } });
      // Entries closed since the page was loaded (the deadline passed, an organiser closed it): the page again with the
      // reason above the form and the text kept, never an error page that loses an essay typed for an hour.
      const refusal = whyNotSubmit(user, c, req.now, await findOwnEntry(prisma, user.schoolId, c.id, user.staffId));
      if (refusal?.status === 409) return again({ _form: String(res.locals.m(refusal.messageKey, refusal.params)) }, 409);
      assertAllowed(refusal);
      const parsed = entryForm.safeParse(req.body);
      // A new entry needs its text or a file: said at once, beside the text, with the other field errors.
      const text = (req.body as Record<string, unknown>).body;
      const empty = !(typeof text === 'string' && text.trim()) && !req.file?.size;
      if (!parsed.success) return again({ ...(empty ? { body: 'contests.form.textOrFile' } : {}), ...fieldErrors(parsed.error) });
      let id: string;
      try {
        id = await submitEntry(prisma, commandContext(req), c.id, user.staffId!, parsed.data, await uploadOf(req));
      } catch (error) {
        // The same refusal found under the contest's lock (closed between the check above and the command).
        if (error instanceof AppError && error.code === 'conflict')
          return again({ _form: String(res.locals.m(error.userMessage ?? 'error.conflict.body', error.params)) }, 409);
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return again(errors);
      }
      flash(req, 'success', 'contests.submitted');
      res.redirect(`/contests/${c.id}/entries/${id}`);
    },
  );

  router.get('/contests/:id/entries/:entryId', requirePermission('contest:view'), async (req, res) => {
    await renderEntry(req, res);
  });

  router.post(
    '/contests/:id/entries/:entryId',
    requirePermission('contest:enter'),
    singleUpload(env, 'file', (req, res, refusal) =>
      renderEntry(req, res, { status: refusal.status, values: formValues(req.body), errors: { file: refusal.message } }),
    ),
    async (req, res) => {
      const user = userOf(req);
      const c = await findContest(prisma, user, paramId(req.params));
      const e = await findEntry(prisma, user, c.id, paramId(req.params, 'entryId'));
      const refused = (message: string) => renderEntry(req, res, { status: 409, values: formValues(req.body), errors: { _form: message } });
      // As for a new entry: closed since the page was loaded, the page again with the changes kept.
      const refusal = whyNotEditEntry(user, c, e, req.now);
      if (refusal?.status === 409) return refused(String(res.locals.m(refusal.messageKey, refusal.params)));
      assertAllowed(refusal);
      const parsed = entryForm.safeParse(req.body);
      if (!parsed.success) return renderEntry(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
      try {
        await updateEntry(prisma, commandContext(req), { contestId: c.id, entryId: e.id }, user.staffId!, parsed.data, await uploadOf(req));
      } catch (error) {
        if (error instanceof AppError && error.code === 'conflict')
          return refused(String(res.locals.m(error.userMessage ?? 'error.conflict.body', error.params)));
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return renderEntry(req, res, { status: 422, values: formValues(req.body), errors });
      }
      flash(req, 'success', 'contests.entryUpdated');
      res.redirect(`/contests/${c.id}/entries/${e.id}`);
    },
  );

  router.post('/contests/:id/entries/:entryId/withdraw', requirePermission('contest:enter'), async (req, res) => {
    const user = userOf(req);
    const c = await findContest(prisma, user, paramId(req.params));
    const e = await findEntry(prisma, user, c.id, paramId(req.params, 'entryId'));
    assertAllowed(whyNotWithdrawEntry(user, c, e, req.now));
    await withdrawEntry(prisma, commandContext(req), { contestId: c.id, entryId: e.id }, user.staffId!);
    flash(req, 'success', 'contests.withdrawn');
    res.redirect(`/contests/${c.id}`);
  });
}
