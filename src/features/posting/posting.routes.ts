// Public posting, staff side: the list of postings, publishing an approved list, the posting page with its comments,
// a staff comment, moderation. Thin handlers: parse → scoped load (404) → policy → command → redirect or render.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { addPostingComment } from './addPostingComment.ts';
import { moderatePostingComment } from './moderatePostingComment.ts';
import { whyNotComment, whyNotModerate, whyNotPublish } from './posting.policy.ts';
import { postingPage } from './posting.presenter.ts';
import { commentsOf, findPosting, listPostings } from './posting.queries.ts';
import { moderateForm, publishForm, staffCommentForm } from './posting.schemas.ts';
import { publishPosting } from './publishPosting.ts';
import { formatDate } from '../../i18n/index.ts';

/** Registers the staff-side posting routes. */
export function registerPostingRoutes(router: Router, prisma: PrismaClient, env: Pick<Env, 'PUBLIC_URL'>): void {
  const show = async (req: Request, res: Response, extra: { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> } = {}) => {
    const user = userOf(req);
    const posting = await findPosting(prisma, user.schoolId, paramId(req.params));
    const comments = await commentsOf(prisma, posting.id, user);
    const page = postingPage(posting, comments, req.now, user.permissions.has('posting:manage'));
    res.status(extra.status ?? 200).render('posting/show', {
      title: 'posting.title',
      posting: page,
      canModerate: user.permissions.has('posting:manage'),
      // Built from PUBLIC_URL, never from the Host header (a forged Host must not end up in a link people share).
      publicUrl: `${env.PUBLIC_URL}${page.publicPath}`,
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };

  router.get('/postings', requirePermission('posting:comment'), async (req, res) => {
    const user = userOf(req);
    const { postings, unposted } = await listPostings(prisma, user.schoolId);
    res.render('posting/index', {
      title: 'posting.listTitle',
      canPublish: user.permissions.has('posting:manage'),
      postings: postings.map((p) => ({ ...postingPage(p, [], req.now, false), comments: p._count.comments })),
      unposted: unposted.map((a) => ({ meetingId: a.meetingId, heldOn: formatDate(a.meeting.heldOn), approvedOn: formatDate(a.approvedAt) })),
    });
  });

  router.post('/postings', requirePermission('posting:manage'), async (req, res) => {
    const user = userOf(req);
    const parsed = publishForm.safeParse(req.body);
    if (!parsed.success) throw new AppError('unprocessable', 'form.choose');
    const approval = await prisma.nominationApproval.findFirst({
      where: { meetingId: parsed.data.meetingId, schoolId: user.schoolId },
      include: { posting: true },
    });
    assertAllowed(whyNotPublish(user, { approved: approval !== null, posted: approval?.posting != null }));
    const id = await publishPosting(prisma, commandContext(req), parsed.data.meetingId);
    flash(req, 'success', 'posting.published');
    res.redirect(`/postings/${id}`);
  });

  router.get('/postings/:id', requirePermission('posting:comment'), async (req, res) => {
    await show(req, res);
  });

  router.post('/postings/:id/comments', requirePermission('posting:comment'), async (req, res) => {
    const user = userOf(req);
    const posting = await findPosting(prisma, user.schoolId, paramId(req.params));
    assertAllowed(whyNotComment(user, posting, req.now));
    const parsed = staffCommentForm.safeParse(req.body);
    if (!parsed.success) return show(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    await addPostingComment(prisma, commandContext(req), posting.id, { source: 'staff', userId: user.id, name: user.displayName }, parsed.data.body);
    flash(req, 'success', 'posting.commentSent');
    res.redirect(`/postings/${posting.id}#comments`);
  });

  router.post('/postings/:id/comments/:commentId/moderate', requirePermission('posting:manage'), async (req, res) => {
    const user = userOf(req);
    const posting = await findPosting(prisma, user.schoolId, paramId(req.params));
    const comment = await prisma.postingComment.findFirst({ where: { id: paramId(req.params, 'commentId'), postingId: posting.id } });
    if (!comment) throw new AppError('not_found', 'error.notFound.body');
    assertAllowed(whyNotModerate(user, comment));
    const parsed = moderateForm.safeParse(req.body);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [`${k}-${comment.id}`, v]));
      return show(req, res, { status: 422, values: { [`note-${comment.id}`]: formValues(req.body).note }, errors });
    }
    await moderatePostingComment(prisma, commandContext(req), posting.id, comment.id, parsed.data);
    flash(req, 'success', parsed.data.decision === 'accepted' ? 'posting.accepted' : 'posting.rejected');
    res.redirect(`/postings/${posting.id}#comments`);
  });
}
