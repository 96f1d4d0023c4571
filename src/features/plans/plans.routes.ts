// The annual plan: list, create (copying last year), edit sections and the rest, submit, approve, versions, files.
import type { Request, Response, Router } from 'express';
import { vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { approvePlan, createPlan, transitionPlan } from './planCommands.ts';
import { loadPlanDocument } from './planDocument.ts';
import { approvesInOneStep, canApprove, canEdit, canReturn, canSubmit, seesPlanDrafts, whyNotApprove, whyNotReturn, whyNotSubmit } from './plan.policy.ts';
import { carryOverMarks, readCarryOver } from './planCarryOver.ts';
import { presentMarks } from './planCarryOver.presenter.ts';
import { findPlan, listPlans, visiblePlanVersionsWhere } from './plan.queries.ts';
import { approveForm, newPlanForm } from './plan.schemas.ts';
import { presentPlan } from './plan.presenter.ts';
import { readPlanSnapshot } from './planContent.ts';
import { emptyPlanSkeleton } from './planSkeleton.ts';
import { registerPlanEditRoutes } from './planEdit.routes.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function versionNoParam(req: Request): number {
  const n = Number(req.params.no);
  if (!Number.isInteger(n) || n < 1) throw new AppError('not_found', 'error.notFound.body');
  return n;
}

/** Registers /plans routes. */
export function registerPlanRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/plans', requirePermission('plan:view'), async (req, res) => {
    res.render('plans/index', {
      title: 'plans.title',
      plans: await listPlans(prisma, userOf(req)),
      errors: {},
      values: { year: String(vietnamYear(req.now) + 1) },
    });
  });

  router.post('/plans', requirePermission('plan:edit'), async (req, res) => {
    const parsed = newPlanForm.safeParse(req.body);
    const fail = async (errors: Record<string, string>) => {
      const plans = await listPlans(prisma, userOf(req));
      res.status(422).render('plans/index', { title: 'plans.title', plans, errors, values: formValues(req.body) });
    };
    if (!parsed.success) return fail(fieldErrors(parsed.error));
    try {
      const id = await createPlan(prisma, commandContext(req), parsed.data.year, emptyPlanSkeleton(parsed.data.year, userOf(req).displayName));
      flash(req, 'success', 'plans.created');
      res.redirect(`/plans/${id}`);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return fail(errors);
    }
  });

  router.get('/plans/:id', requirePermission('plan:view'), async (req, res) => {
    // A reader who does not see drafts only finds published plans, and reads their latest version.
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    if (!seesPlanDrafts(userOf(req))) return res.redirect(`/plans/${plan.id}/versions/${foundOr404(plan.versions[0]).versionNo}`);
    const carry = readCarryOver(plan.carryOver);
    res.render('plans/show', {
      title: 'plans.showTitle',
      plan: presentPlan(plan),
      carry,
      marks: presentMarks(plan.id, carryOverMarks(plan, carry)),
      oneStep: approvesInOneStep(userOf(req), plan),
      allowed: {
        edit: canEdit(userOf(req), plan),
        submit: canSubmit(userOf(req), plan),
        approve: canApprove(userOf(req), plan),
        return: canReturn(userOf(req), plan),
      },
    });
  });

  router.post('/plans/:id/submit', requirePermission('plan:edit'), async (req, res) => {
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotSubmit(userOf(req), plan));
    await transitionPlan(prisma, commandContext(req), plan.id, 'draft', 'submitted', 'plan.submit');
    flash(req, 'success', 'plans.submitted');
    res.redirect(`/plans/${plan.id}`);
  });

  router.post('/plans/:id/return', requirePermission('plan:approve', 'plan.onlyChairApproves'), async (req, res) => {
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotReturn(userOf(req), plan));
    await transitionPlan(prisma, commandContext(req), plan.id, 'submitted', 'draft', 'plan.return');
    flash(req, 'info', 'plans.returned');
    res.redirect(`/plans/${plan.id}`);
  });

  // The approval page warns while carried-over years or anniversaries remain and asks the chair to confirm them;
  // a chair approving a draft they wrote (one step) confirms that too. Both are checked again on POST.
  const approval = (req: Request, plan: Awaited<ReturnType<typeof findPlan>>) => {
    const carry = readCarryOver(plan.carryOver);
    return { carry, marks: presentMarks(plan.id, carryOverMarks(plan, carry)), oneStep: approvesInOneStep(userOf(req), plan) };
  };
  const renderApproval = (req: Request, res: Response, plan: Awaited<ReturnType<typeof findPlan>>, errors: Record<string, string> = {}, status = 200) =>
    res.status(status).render('plans/approve', { title: 'plans.approveTitle', plan: presentPlan(plan), ...approval(req, plan), errors });

  router.get('/plans/:id/approve', requirePermission('plan:approve', 'plan.onlyChairApproves'), async (req, res) => {
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotApprove(userOf(req), plan));
    renderApproval(req, res, plan);
  });

  router.post('/plans/:id/approve', requirePermission('plan:approve', 'plan.onlyChairApproves'), async (req, res) => {
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotApprove(userOf(req), plan));
    const { marks, oneStep } = approval(req, plan);
    const form = approveForm.parse(req.body);
    const errors: Record<string, string> = {};
    if (marks.length && form.confirmCarryOver !== 'yes') errors.confirmCarryOver = 'plans.carry.confirmRequired';
    if (oneStep && form.confirmOneStep !== 'yes') errors.confirmOneStep = 'plans.oneStep.confirmRequired';
    if (Object.keys(errors).length) return renderApproval(req, res, plan, errors, 422);
    const version = await approvePlan(prisma, commandContext(req), plan.id);
    flash(req, 'success', res.locals.t('plans.approved', { symbol: version.documentSymbol }));
    res.redirect(`/plans/${plan.id}/versions/${version.versionNo}`);
  });

  router.get('/plans/:id/versions/:no', requirePermission('plan:view'), async (req, res) => {
    const planId = paramId(req.params);
    const version = foundOr404(
      await prisma.planVersion.findFirst({
        where: { AND: [{ planId, versionNo: versionNoParam(req) }, visiblePlanVersionsWhere(userOf(req))] },
        include: {
          plan: { select: { year: true, versions: { select: { versionNo: true, documentSymbol: true, approvedOn: true }, orderBy: { versionNo: 'desc' } } } },
        },
      }),
    );
    const snapshot = readPlanSnapshot(version.snapshot);
    res.render('plans/version', {
      title: 'plans.versionTitle',
      version,
      planId,
      snapshot: presentPlan({
        id: planId,
        year: version.plan.year,
        title: snapshot.title,
        status: 'approved',
        content: snapshot.content,
        versions: version.plan.versions,
      }),
    });
  });

  const sendFile = (format: 'pdf' | 'docx') => async (req: Request, res: Response) => {
    const planId = paramId(req.params);
    const versionNo = req.params.no ? versionNoParam(req) : null;
    const { document, fileBase } = await loadPlanDocument(prisma, userOf(req), planId, versionNo);
    const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
    res
      .attachment(`${fileBase}.${format}`)
      .type(format === 'pdf' ? 'application/pdf' : DOCX)
      .send(bytes);
  };
  router.get('/plans/:id/versions/:no/pdf', requirePermission('plan:view'), sendFile('pdf'));
  router.get('/plans/:id/versions/:no/docx', requirePermission('plan:view'), sendFile('docx'));
  router.get('/plans/:id/draft/pdf', requirePermission('plan:edit'), sendFile('pdf'));
  router.get('/plans/:id/draft/docx', requirePermission('plan:edit'), sendFile('docx'));

  registerPlanEditRoutes(router, prisma);
}
