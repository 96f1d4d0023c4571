// The contest's page, shared by its GET and by the POSTs that re-render it with 422 (an entry or a score refused):
// rules and window; the organisers' steps and judging table; the signed-in staff member's own entry or its form;
// the ranked results and their issued notice (Thông báo kết quả) once published.
import type { Request, Response } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { paragraphsOf, yearLabel } from '../exemplars/exemplars.presenter.ts';
import { whyNotClose, whyNotEditContest, whyNotOpen, whyNotPublish, whyNotScore, whyNotSubmit } from './contest.policy.ts';
import { contestChoices, entryCounts, findContest, findOwnEntry, findResultsNotice, listEntries } from './contest.queries.ts';
import { entrySubject, formatScore, rankedResults } from './contests.presenter.ts';

/** A refused form of the page: the entry form, or the score form of one entry. */
export type ContestPageExtra = {
  status?: number;
  entry?: { values: Record<string, unknown>; errors: Record<string, string> };
  score?: { entryId: string; values: Record<string, unknown>; errors: Record<string, string> };
};

/** Loads (scoped, 404 otherwise) and renders the contest's page. */
export async function renderContestPage(prisma: PrismaClient, req: Request, res: Response, extra: ContestPageExtra = {}): Promise<void> {
  const user = userOf(req);
  const c = await findContest(prisma, user, paramId(req.params));
  const [entries, own, counts, choices, notice] = await Promise.all([
    listEntries(prisma, user, c.id),
    findOwnEntry(prisma, user.schoolId, c.id, user.staffId),
    entryCounts(prisma, c.id),
    contestChoices(prisma, user.schoolId),
    c.state === 'published' ? findResultsNotice(prisma, user.schoolId, c.id) : null,
  ]);
  const locale = String(res.locals.locale);
  const manager = user.permissions.has('contest:manage');
  const whyNotSubmitNow = whyNotSubmit(user, c, req.now, own);
  res.status(extra.status ?? 200).render('contests/show', {
    title: 'contests.title',
    c,
    year: yearLabel(c.schoolYear.startYear),
    paragraphs: paragraphsOf(c.rules),
    manager,
    may: {
      edit: whyNotEditContest(user, c) === null,
      open: whyNotOpen(user, c) === null,
      close: whyNotClose(user, c) === null,
      publish: whyNotPublish(user, c, counts) === null,
      submit: whyNotSubmitNow === null,
      // Once the notice is issued it is the results document; the sheet serves judging (and older publications).
      print: (c.state === 'published' && !notice) || (manager && c.state === 'closed'),
    },
    whyNotPublish: manager && c.state === 'closed' ? whyNotPublish(user, c, counts) : null,
    whyNotSubmit: whyNotSubmitNow,
    counts,
    notice,
    own: own ? (entries.find((e) => e.id === own.id) ?? null) : null,
    hasStaff: Boolean(user.staffId),
    exemplars: choices.exemplars,
    entries: entries.map((e) => ({
      ...e,
      subject: entrySubject(e),
      scoreText: formatScore(e.score, locale),
      scorable: whyNotScore(user, c, e) === null,
    })),
    results: c.state === 'published' ? rankedResults(entries).map((e) => ({ ...e, scoreText: formatScore(e.score, locale) })) : [],
    entryForm: extra.entry ?? { values: {}, errors: {} },
    scoreForm: extra.score ?? null,
  });
}
