// A contest's page and the organisers' steps on it (open, close, publish), the judges' score of an entry, the
// printable results sheet and the issued results notice (Thông báo kết quả, PDF and DOCX). Each POST: scoped load →
// policy → command → flash and redirect; a refused score form re-renders the page with 422 and the message beside
// its field.
import type { Request, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { yearLabel } from '../exemplars/exemplars.presenter.ts';
import { renderIssuedDocument } from '../register/renderIssuedDocument.ts';
import { closeContest } from './closeContest.ts';
import { whyNotClose, whyNotOpen, whyNotPublish, whyNotScore } from './contest.policy.ts';
import { entryCounts, findContest, findEntry, findResultsNotice, findResultsNoticeSnapshot, listEntries } from './contest.queries.ts';
import { scoreForm } from './contest.schemas.ts';
import { renderContestPage } from './contestPage.ts';
import { formatScore, rankedResults } from './contests.presenter.ts';
import { openContest } from './openContest.ts';
import { publishResults } from './publishResults.ts';
import { scoreEntry } from './scoreEntry.ts';

/** Registers GET /contests/:id, its steps, the score POST and the print view. */
export function registerContestDetailRoutes(router: Router, prisma: PrismaClient): void {
  const load = (req: Request) => findContest(prisma, userOf(req), paramId(req.params));

  router.get('/contests/:id', requirePermission('contest:view'), async (req, res) => {
    await renderContestPage(prisma, req, res);
  });

  router.post('/contests/:id/open', requirePermission('contest:manage'), async (req, res) => {
    const c = await load(req);
    assertAllowed(whyNotOpen(userOf(req), c));
    await openContest(prisma, commandContext(req), c.id);
    flash(req, 'success', 'contests.opened');
    res.redirect(`/contests/${c.id}`);
  });

  router.post('/contests/:id/close', requirePermission('contest:manage'), async (req, res) => {
    const c = await load(req);
    assertAllowed(whyNotClose(userOf(req), c));
    await closeContest(prisma, commandContext(req), c.id);
    flash(req, 'success', 'contests.closed');
    res.redirect(`/contests/${c.id}`);
  });

  router.post('/contests/:id/publish', requirePermission('contest:manage'), async (req, res) => {
    const c = await load(req);
    assertAllowed(whyNotPublish(userOf(req), c, await entryCounts(prisma, c.id)));
    await publishResults(prisma, commandContext(req), c.id);
    flash(req, 'success', 'contests.publishedFlash');
    res.redirect(`/contests/${c.id}#results`);
  });

  router.post('/contests/:id/entries/:entryId/score', requirePermission('contest:manage'), async (req, res) => {
    const c = await load(req);
    const e = await findEntry(prisma, userOf(req), c.id, paramId(req.params, 'entryId'));
    assertAllowed(whyNotScore(userOf(req), c, e));
    const parsed = scoreForm.safeParse(req.body);
    if (!parsed.success)
      return renderContestPage(prisma, req, res, { status: 422, score: { entryId: e.id, values: formValues(req.body), errors: fieldErrors(parsed.error) } });
    await scoreEntry(prisma, commandContext(req), { contestId: c.id, entryId: e.id }, parsed.data);
    flash(req, 'success', 'contests.scored');
    res.redirect(`/contests/${c.id}#entry-${e.id}`);
  });

  // The printable results sheet: organisers print the judged table while judging (to sign it before publication);
  // once published, the issued notice is the results document (a contest published before notices existed keeps
  // the sheet, for everyone who sees the contest).
  router.get('/contests/:id/results/print', requirePermission('contest:view'), async (req, res) => {
    const user = userOf(req);
    const c = await load(req);
    const printable = c.state === 'published' || (user.permissions.has('contest:manage') && c.state === 'closed');
    if (!printable) throw new AppError('not_found', 'error.notFound.body');
    if (c.state === 'published' && (await findResultsNotice(prisma, user.schoolId, c.id))) return res.redirect(`/contests/${c.id}/results/notice.pdf`);
    const [entries, school] = await Promise.all([
      listEntries(prisma, user, c.id),
      prisma.school.findUniqueOrThrow({ where: { id: user.schoolId }, select: { name: true } }),
    ]);
    const locale = String(res.locals.locale);
    res.render('contests/print', {
      title: 'contests.print',
      c,
      school,
      year: yearLabel(c.schoolYear.startYear),
      rows: rankedResults(entries).map((e) => ({ ...e, scoreText: formatScore(e.score, locale) })),
    });
  });

  // The results notice as issued: drawn from the register's snapshot, never from the live entries. Whoever sees the
  // contest's published results may download it (the contest is found only when visible; a notice only once published).
  router.get('/contests/:id/results/notice.:format', requirePermission('contest:view'), async (req, res) => {
    const format = req.params.format === 'pdf' || req.params.format === 'docx' ? req.params.format : null;
    if (!format) throw new AppError('not_found', 'error.notFound.body');
    const c = await load(req);
    const issued = c.state === 'published' ? await findResultsNoticeSnapshot(prisma, userOf(req).schoolId, c.id) : null;
    if (!issued) throw new AppError('not_found', 'error.notFound.body');
    const file = await renderIssuedDocument(issued, format);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="thong-bao-ket-qua-cuoc-thi.${format}"`);
    res.send(file.bytes);
  });
}
