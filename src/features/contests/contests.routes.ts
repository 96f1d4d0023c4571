// The contests of a school year (list with state and counts) and the organisers' new and edit forms (shared form).
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { yearLabel } from '../exemplars/exemplars.presenter.ts';
import { whyNotEditContest, whyNotManage } from './contest.policy.ts';
import { contestChoices, findContest, listContests } from './contest.queries.ts';
import { contestFilters, contestForm } from './contest.schemas.ts';
import { contestFormValues } from './contests.presenter.ts';
import { createContest } from './createContest.ts';
import { updateContest } from './updateContest.ts';

type Extra = { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> };

/** Registers /contests, /contests/new and /contests/:id/edit with their POSTs. */
export function registerContestRoutes(router: Router, prisma: PrismaClient): void {
  const renderForm = (res: Response, contestId: string | null, extra: Extra = {}) => {
    res.status(extra.status ?? 200).render('contests/form', {
      title: contestId ? 'contests.editTitle' : 'contests.newTitle',
      contestId,
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };
  const save = async (req: Request, res: Response, contestId: string | null, run: (input: ReturnType<typeof contestForm.parse>) => Promise<string>) => {
    const parsed = contestForm.safeParse(req.body);
    if (!parsed.success) return renderForm(res, contestId, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      const id = await run(parsed.data);
      flash(req, 'success', contestId ? 'contests.updated' : 'contests.created');
      res.redirect(`/contests/${id}`);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderForm(res, contestId, { status: 422, values: formValues(req.body), errors });
    }
  };

  router.get('/contests', requirePermission('contest:view'), async (req, res) => {
    const user = userOf(req);
    const filters = contestFilters.parse(req.query);
    const { years } = await contestChoices(prisma, user.schoolId);
    const year = years.find((y) => y.startYear === filters.year) ?? years.find((y) => y.id === user.schoolYear?.id) ?? years[0];
    const contests = year ? await listContests(prisma, user, year.id) : [];
    res.render('contests/index', {
      title: 'contests.title',
      year: year ? yearLabel(year.startYear) : '',
      selectedYear: year?.startYear ?? '',
      years: years.map((y) => ({ value: y.startYear, label: yearLabel(y.startYear) })),
      contests,
    });
  });

  router.get('/contests/new', requirePermission('contest:manage'), (req, res) => {
    renderForm(res, null, { values: { title: res.locals.t('contests.defaultTitle') } });
  });

  router.post('/contests', requirePermission('contest:manage'), async (req, res) => {
    const user = userOf(req);
    assertAllowed(whyNotManage(user));
    if (!user.schoolYear) throw new AppError('not_found', 'error.notFound.body');
    const yearId = user.schoolYear.id;
    await save(req, res, null, (input) => createContest(prisma, commandContext(req), yearId, input));
  });

  router.get('/contests/:id/edit', requirePermission('contest:manage'), async (req, res) => {
    const c = await findContest(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotEditContest(userOf(req), c));
    renderForm(res, c.id, { values: contestFormValues(c) });
  });

  router.post('/contests/:id', requirePermission('contest:manage'), async (req, res) => {
    const c = await findContest(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotEditContest(userOf(req), c));
    await save(req, res, c.id, async (input) => {
      await updateContest(prisma, commandContext(req), c.id, input);
      return c.id;
    });
  });
}
