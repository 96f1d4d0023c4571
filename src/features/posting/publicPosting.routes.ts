// The public page of a posting: anyone with the link (parents, local bodies) reads the approved list and the accepted
// comments and, while the period is open, sends a comment. No account and no session: the page never writes
// req.session (so no session row is created), the form is protected by the anonymous double-submit CSRF cookie,
// and the thank-you is a query flag instead of a flash message.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { publicGate } from '../../http/gates.ts';
import { assertAllowed } from '../../http/refusals.ts';
import type { SecurityLog } from '../../http/securityLog.ts';
import { addPostingComment } from './addPostingComment.ts';
import { whyNotComment } from './posting.policy.ts';
import { postingPage } from './posting.presenter.ts';
import { commentsOf, findPostingByToken } from './posting.queries.ts';
import { publicCommentForm, tokenParam } from './posting.schemas.ts';
import { PUBLIC_COMMENT_LIMITS } from '../../domain/posting/postingLimits.ts';

function tokenOf(req: Request): string {
  const parsed = tokenParam.safeParse(req.params.token);
  if (!parsed.success) throw new AppError('not_found', 'error.notFound.body');
  return parsed.data;
}

/** Registers the public posting page and its comment form (gate: public). */
export function registerPublicPostingRoutes(router: Router, prisma: PrismaClient, securityLog: SecurityLog): void {
  const show = async (
    req: Request,
    res: Response,
    token: string,
    extra: {
      status?: number;
      values?: Record<string, unknown>;
      errors?: Record<string, string>;
      formError?: string;
      formErrorParams?: Record<string, string | number>;
    } = {},
  ) => {
    const { posting, school } = await findPostingByToken(prisma, token);
    const page = postingPage(posting, await commentsOf(prisma, posting.id, null), req.now, false);
    res.set('Referrer-Policy', 'no-referrer'); // the token must not leak to a site a comment links to
    res.set('X-Robots-Tag', 'noindex');
    res.status(extra.status ?? 200).render('posting/public', {
      title: 'posting.publicTitle',
      schoolName: school.name,
      posting: page,
      token,
      sent: req.query.sent === '1',
      limits: PUBLIC_COMMENT_LIMITS,
      values: extra.values ?? {},
      errors: extra.errors ?? {},
      formError: extra.formError ?? null,
      formErrorParams: extra.formErrorParams ?? {},
    });
  };

  router.get('/p/:token', publicGate, async (req, res) => {
    await show(req, res, tokenOf(req));
  });

  router.post('/p/:token', publicGate, async (req, res) => {
    const token = tokenOf(req);
    const { posting } = await findPostingByToken(prisma, token);
    assertAllowed(whyNotComment(null, posting, req.now));
    const parsed = publicCommentForm.safeParse(req.body);
    if (!parsed.success) return show(req, res, token, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    const ctx = { actor: { id: null, schoolId: posting.schoolId }, now: req.now, requestId: req.id };
    const { name, contact, body } = parsed.data;
    try {
      await addPostingComment(prisma, ctx, posting.id, { source: 'public', name, contact, address: req.ip ?? 'unknown' }, body);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
      securityLog(
        'rate.limited',
        { userId: null, ip: req.ip ?? 'unknown', method: req.method, path: req.path, reason: error.userMessage ?? null, requestId: req.id },
        req.now,
      );
      return show(req, res, token, { status: 429, values: formValues(req.body), formError: error.userMessage, formErrorParams: error.params ?? {} });
    }
    res.redirect(303, `/p/${token}?sent=1#comments`);
  });
}
