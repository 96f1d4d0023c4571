// Submission: the author's list, the form (draft / submit), attachments, withdrawal, and the initiative's page.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { singleUpload } from '../../http/upload.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { attachInitiativeFile } from './attachInitiativeFile.ts';
import { canView, manages, whyNotAssign, whyNotEdit } from './initiative.policy.ts';
import { factsOf, resultView, visibleScores } from './initiative.presenter.ts';
import { findInitiative, initiativeFiles, rulesForYear, submissionDeadline } from './initiative.queries.ts';
import { initiativeForm, initiativeListQuery, LISTED_STATUSES } from './initiative.schemas.ts';
import { assignmentChoices } from './assignmentChoices.ts';
import { initiativeCouncilOn } from './initiativeCouncil.ts';
import { listInitiatives, similarInitiatives, staffChoices } from './initiativeLists.ts';
import { saveInitiative } from './saveInitiative.ts';
import { withdrawInitiative } from './withdrawInitiative.ts';

const GATE = 'initiative:submit-own';

/** Registers the /initiatives submission routes. */
export function registerInitiativeRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const year = (req: Request) => {
    const { schoolYear } = userOf(req);
    if (!schoolYear) throw new AppError('not_found', 'error.notFound.body');
    return schoolYear;
  };
  const loadVisible = async (req: Request) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    return i;
  };

  const renderForm = async (
    req: Request,
    res: Response,
    o: { values: Record<string, unknown>; errors: Record<string, string>; id?: string; status?: number },
  ) => {
    const y = year(req);
    const similar = o.id ? await similarInitiatives(prisma, userOf(req).schoolId, o.id) : [];
    res.status(o.status ?? 200).render('initiatives/form', {
      title: 'initiatives.formTitle',
      staff: await staffChoices(prisma, userOf(req).schoolId),
      deadline: await submissionDeadline(prisma, userOf(req).schoolId, y.id),
      files: o.id ? await initiativeFiles(prisma, userOf(req).schoolId, o.id) : [],
      similar,
      startYear: y.startYear,
      selfStaffId: userOf(req).staffId,
      uploadMb: env.UPLOAD_MAX_MB,
      ...o,
    });
  };

  router.get('/initiatives', requirePermission(GATE), async (req, res) => {
    const y = year(req);
    const f = initiativeListQuery.parse(req.query);
    res.render('initiatives/index', {
      title: 'initiatives.title',
      startYear: y.startYear,
      statuses: LISTED_STATUSES,
      filters: { status: f.status ?? '' },
      ...(await listInitiatives(prisma, userOf(req), y.id, f)),
    });
  });

  router.get('/initiatives/new', requirePermission(GATE), async (req, res) => {
    if (!userOf(req).staffId) throw new AppError('forbidden', 'initiatives.needsStaff');
    await renderForm(req, res, { values: { authorIds: [userOf(req).staffId], shares: ['100'] }, errors: {} });
  });

  const save = async (req: Request, res: Response, id?: string) => {
    const { staffId } = userOf(req);
    if (!staffId) throw new AppError('forbidden', 'initiatives.needsStaff');
    const body = formValues(req.body);
    const asList = (v: unknown) =>
      v === undefined ? [] : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : typeof v === 'string' ? [v] : [];
    const values = { ...body, authorIds: asList(body.authorIds), shares: asList(body.shares) };
    const parsed = initiativeForm.safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, { values, errors: fieldErrors(parsed.error), id, status: 422 });
    let savedId: string;
    try {
      savedId = await saveInitiative(prisma, commandContext(req), { schoolYear: year(req), authorStaffId: staffId, id, input: parsed.data });
    } catch (error) {
      const errors =
        fieldErrorsOf(error) ?? (error instanceof AppError && error.code === 'conflict' ? { _form: error.userMessage ?? 'error.conflict.body' } : undefined);
      if (!errors) throw error;
      return renderForm(req, res, { values, errors, id, status: error instanceof AppError && error.code === 'conflict' ? 409 : 422 });
    }
    flash(req, 'success', parsed.data.action === 'submit' ? 'initiatives.submitted' : 'initiatives.saved');
    res.redirect(`/initiatives/${savedId}`);
  };

  router.post('/initiatives', requirePermission(GATE), (req, res) => save(req, res));

  router.get('/initiatives/:id', requirePermission(GATE), async (req, res) => {
    const i = await loadVisible(req);
    if (!whyNotEdit(userOf(req), factsOf(i)) && req.query.view !== '1') {
      return renderForm(req, res, {
        id: i.id,
        values: { ...i, authorIds: i.authors.map((a) => a.staffId), shares: i.authors.map((a) => String(Number(a.sharePct))) },
        errors: {},
      });
    }
    const u = userOf(req);
    const isManager = manages(u);
    const rules = i.schoolYearId ? (await rulesForYear(prisma, u.schoolId, i.schoolYearId)).rules : null;
    const council = !whyNotAssign(u, factsOf(i)) ? await initiativeCouncilOn(prisma, u.schoolId, vietnamDay(req.now)) : [];
    res.render('initiatives/show', {
      title: 'initiatives.showTitle',
      i,
      files: await initiativeFiles(prisma, u.schoolId, i.id),
      scores: visibleScores(u, i),
      result: resultView(u, i),
      rules,
      similar: isManager || i.reviews.some((r) => r.reviewerStaffId === u.staffId) ? await similarInitiatives(prisma, u.schoolId, i.id) : [],
      council: assignmentChoices(council, i, rules?.excludeSameCollective.value ?? false),
      isAuthor: i.authors.some((a) => a.staffId === u.staffId),
      isReviewer: i.reviews.some((r) => r.reviewerStaffId === u.staffId),
      canAssign: !whyNotAssign(u, factsOf(i)),
      errors: {},
    });
  });

  router.post('/initiatives/:id', requirePermission(GATE), async (req, res) => {
    const i = await loadVisible(req);
    const reason = whyNotEdit(userOf(req), factsOf(i));
    if (reason) throw new AppError(reason === 'initiatives.notAuthor' ? 'forbidden' : 'conflict', reason);
    await save(req, res, i.id);
  });

  router.post('/initiatives/:id/files', requirePermission(GATE), singleUpload(env), async (req, res) => {
    const i = await loadVisible(req);
    const reason = whyNotEdit(userOf(req), factsOf(i));
    if (reason) throw new AppError(reason === 'initiatives.notAuthor' ? 'forbidden' : 'conflict', reason);
    if (!req.file || req.file.size === 0) throw new AppError('unprocessable', 'initiatives.fileMissing');
    await attachInitiativeFile(prisma, commandContext(req), i.id, { ...(await acceptUpload(req.file)), bytes: req.file.buffer });
    flash(req, 'success', 'initiatives.fileAdded');
    res.redirect(`/initiatives/${i.id}`);
  });

  router.get('/initiatives/files/:id', requirePermission(GATE), async (req, res) => {
    const file = await prisma.storedFile.findFirst({ where: { id: paramId(req.params), schoolId: userOf(req).schoolId, ownerType: 'Initiative' } });
    if (!file) throw new AppError('not_found', 'error.notFound.body');
    const i = await findInitiative(prisma, userOf(req).schoolId, file.ownerId);
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    res.set('X-Content-Type-Options', 'nosniff');
    res.attachment(file.fileName).type(file.mimeType).send(Buffer.from(file.content));
  });

  router.post('/initiatives/:id/withdraw', requirePermission(GATE), async (req, res) => {
    const i = await loadVisible(req);
    if (!i.authors.some((a) => a.staffId === userOf(req).staffId)) throw new AppError('forbidden', 'initiatives.notAuthor');
    await withdrawInitiative(prisma, commandContext(req), i.id);
    flash(req, 'success', 'initiatives.withdrawn');
    res.redirect(`/initiatives/${i.id}?view=1`);
  });
}
