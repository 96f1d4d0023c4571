// The initiative council's work: the scoring form (refused, with the reason, to authors and to anyone not assigned),
// recusal, assignment by hand or automatic, the secretary's progress page, and the scores as JSON.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { whyNotScore } from '../../domain/initiatives/scorePolicy.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assignReviewer, autoAssignReviewers } from './assignReviewer.ts';
import { canView } from './initiative.policy.ts';
import { factsOf, resultView, visibleScores } from './initiative.presenter.ts';
import { findInitiative, rulesForYear } from './initiative.queries.ts';
import { assignForm, recusalForm, scoreForm } from './initiative.schemas.ts';
import { reviewProgressRows } from './reviewProgress.ts';
import { recuseFromInitiative } from './recuseFromInitiative.ts';
import { ScoreRejected, submitScore } from './submitScore.ts';

/** A form value as text ('' when absent or not a single value). */
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Registers the council's review routes (fixed paths first, before /initiatives/:id). */
export function registerInitiativeReviewRoutes(router: Router, prisma: PrismaClient): void {
  const reviewer = async (req: Request) => {
    const user = userOf(req);
    const staff = user.staffId ? await prisma.staff.findFirst({ where: { id: user.staffId, schoolId: user.schoolId } }) : null;
    return { staffId: staff?.id ?? null, collectiveId: staff?.collectiveId ?? null, canScore: user.permissions.has('initiative:score') };
  };
  const scoring = async (req: Request) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    const { rules } = await rulesForYear(prisma, userOf(req).schoolId, i.schoolYearId ?? '');
    const who = await reviewer(req);
    const reason = whyNotScore(
      who,
      {
        status: factsOf(i).status,
        authorStaffIds: i.authors.map((a) => a.staffId),
        authorCollectiveIds: i.authors.map((a) => a.staff.collectiveId).filter((c): c is string => c !== null),
        recusedStaffIds: i.recusals.map((r) => r.staffId),
        assignedStaffIds: i.reviews.map((r) => r.reviewerStaffId),
      },
      rules.excludeSameCollective.value,
    );
    return { i, rules, who, reason };
  };
  const renderScore = (
    req: Request,
    res: Response,
    s: Awaited<ReturnType<typeof scoring>>,
    values: Record<string, unknown>,
    errors: Record<string, string>,
    status = 200,
  ) => {
    res.status(status).render('initiatives/score', {
      title: 'initiatives.scoreTitle',
      i: s.i,
      rules: s.rules,
      mine: visibleScores(userOf(req), s.i).filter((x) => x.reviewerStaffId === s.who.staffId),
      others: visibleScores(userOf(req), s.i).filter((x) => x.reviewerStaffId !== s.who.staffId),
      result: resultView(userOf(req), s.i),
      values,
      errors,
    });
  };

  router.get('/initiatives/progress', requirePermission('initiative:manage'), async (req, res) => {
    const { schoolId, schoolYear } = userOf(req);
    if (!schoolYear) throw new AppError('not_found', 'error.notFound.body');
    res.render('initiatives/progress', {
      title: 'initiatives.progressTitle',
      ...(await reviewProgressRows(prisma, schoolId, schoolYear.id)),
    });
  });

  router.post('/initiatives/assign-auto', requirePermission('initiative:manage'), async (req, res) => {
    const { schoolYear } = userOf(req);
    if (!schoolYear) throw new AppError('not_found', 'error.notFound.body');
    const { assigned, short } = await autoAssignReviewers(prisma, commandContext(req), schoolYear.id);
    flash(req, short.length ? 'error' : 'success', short.length ? 'initiatives.autoAssignedShort' : 'initiatives.autoAssigned');
    if (assigned === 0 && !short.length) flash(req, 'info', 'initiatives.nothingToAssign');
    res.redirect('/initiatives/progress');
  });

  router.get('/initiatives/:id/score', requirePermission('initiative:score'), async (req, res) => {
    const s = await scoring(req);
    if (s.reason) throw new AppError('forbidden', s.reason);
    const last = visibleScores(userOf(req), s.i)
      .filter((x) => x.reviewerStaffId === s.who.staffId)
      .at(-1);
    renderScore(req, res, s, { points: last?.points ?? {}, comment: last?.comment ?? '' }, {});
  });

  router.post('/initiatives/:id/score', requirePermission('initiative:score'), async (req, res) => {
    const s = await scoring(req);
    if (s.reason) throw new AppError('forbidden', s.reason);
    const body = formValues(req.body);
    const points = Object.fromEntries(
      s.rules.rubric.criteria.map((c) => {
        const v = text(body[`points.${c.key}`]).trim().replace(',', '.');
        return [c.key, v === '' ? undefined : Number(v)];
      }),
    );
    const values = {
      points: Object.fromEntries(s.rules.rubric.criteria.map((c) => [c.key, text(body[`points.${c.key}`])])),
      comment: body.comment,
      correctionReason: body.correctionReason,
    };
    const parsed = scoreForm.safeParse(req.body);
    if (!parsed.success) return renderScore(req, res, s, values, fieldErrors(parsed.error), 422);
    try {
      const version = await submitScore(prisma, commandContext(req), {
        initiativeId: s.i.id,
        reviewer: { ...s.who, staffId: s.who.staffId! },
        input: { points, ...parsed.data },
      });
      flash(req, 'success', version > 1 ? 'initiatives.scoreCorrected' : 'initiatives.scoreSubmitted');
    } catch (error) {
      if (error instanceof ScoreRejected) return renderScore(req, res, s, values, error.fieldErrors, 422);
      throw error;
    }
    res.redirect(`/initiatives/${s.i.id}/score`);
  });

  router.post('/initiatives/:id/recuse', requirePermission('initiative:score'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    const { staffId } = userOf(req);
    if (!canView(userOf(req), factsOf(i)) || !staffId) throw new AppError('not_found', 'error.notFound.body');
    const parsed = recusalForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'initiatives.recusalNeedsReason');
      return res.redirect(`/initiatives/${i.id}?view=1`);
    }
    await recuseFromInitiative(prisma, commandContext(req), i.id, staffId, parsed.data.reason);
    flash(req, 'success', 'initiatives.recused');
    res.redirect('/initiatives');
  });

  router.post('/initiatives/:id/reviewers', requirePermission('initiative:manage'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    const parsed = assignForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'form.choose');
      return res.redirect(`/initiatives/${i.id}?view=1`);
    }
    try {
      await assignReviewer(prisma, commandContext(req), i.id, parsed.data.staffId);
      flash(req, 'success', 'initiatives.assigned');
    } catch (error) {
      if (!(error instanceof AppError) || !['unprocessable', 'conflict'].includes(error.code)) throw error;
      flash(req, 'error', error.userMessage ?? 'form.invalid');
    }
    res.redirect(`/initiatives/${i.id}?view=1`);
  });

  // The scores as data: the same visibility as the pages (a reviewer who has not submitted gets only their own).
  router.get('/initiatives/:id/scores.json', requirePermission('initiative:submit-own'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    const result = resultView(userOf(req), i);
    res.json({ id: i.id, status: i.status, progress: result.progress, mean: result.mean, grade: result.grade, scores: visibleScores(userOf(req), i) });
  });
}
