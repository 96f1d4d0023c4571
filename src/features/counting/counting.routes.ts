// The counting committee's page for one round: who returned a paper ballot (participation, like the sign-in sheet),
// paper ballot batches that name no member and absent members' written opinions, each batch or set of opinions
// entered by one committee member and counted only once a second one confirms. Thin handlers: parse → scoped load
// (404) → policy (typed refusal) → command → redirect with a flash, or the page again with the errors (422).
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { formValues } from '../../http/forms.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { confirmPaperCount } from './confirmPaperCount.ts';
import { whyNotConfirmCount, whyNotEnterCount } from './counting.policy.ts';
import { countingOf } from './counting.queries.ts';
import { paperFrom, returnsFrom, writtenFrom } from './counting.schemas.ts';
import { discardPaperCount } from './discardPaperCount.ts';
import { enterPaperCount } from './enterPaperCount.ts';
import { recordPaperReturns } from './recordPaperReturns.ts';
import { removePaperReturn } from './removePaperReturn.ts';
import { confirmWrittenOpinions, enterWrittenOpinions } from './enterWrittenOpinions.ts';

/** Registers the counting routes. */
export function registerCountingRoutes(router: Router, prisma: PrismaClient): void {
  const load = async (req: Request) => {
    const data = await countingOf(prisma, userOf(req).schoolId, paramId(req.params), paramId(req.params, 'roundId'), userOf(req).staffId);
    return { data, viewer: { ...userOf(req), onCommittee: data.onCommittee } };
  };
  const base = (req: Request) => `/meetings/${paramId(req.params)}/rounds/${paramId(req.params, 'roundId')}/counting`;
  const page = (res: Response, status: number, data: Awaited<ReturnType<typeof countingOf>>, extra: Record<string, unknown> = {}) =>
    res.status(status).render('meetings/counting', { title: 'counting.title', ...data, errors: {}, values: {}, form: null, ...extra });
  /** A field-level refusal of a command re-renders the page with the message beside the field. */
  const orFieldError = async (req: Request, res: Response, form: string, work: () => Promise<unknown>) => {
    try {
      await work();
      return true;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'unprocessable' || !error.field) throw error;
      const { data } = await load(req);
      page(res, 422, data, {
        errors: { [error.field]: error.userMessage },
        errorParams: error.params ?? {},
        values: formValues(req.body),
        form,
      });
      return false;
    }
  };

  router.get('/meetings/:id/rounds/:roundId/counting', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    assertAllowed(whyNotEnterCount(viewer, { status: 'open' }));
    page(res, 200, data);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/returns', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    assertAllowed(whyNotEnterCount(viewer, data.round));
    const parsed = returnsFrom(formValues(req.body));
    if (!parsed.ok) return page(res, 422, data, { errors: parsed.errors, values: formValues(req.body), form: 'returns' });
    if (!(await orFieldError(req, res, 'returns', () => recordPaperReturns(prisma, commandContext(req), data.round.id, parsed.value)))) return;
    flash(req, 'success', 'counting.returnsRecorded');
    res.redirect(`${base(req)}#returns`);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/returns/:staffId/remove', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    assertAllowed(whyNotEnterCount(viewer, data.round));
    const member = data.members.find((mb) => mb.staffId === paramId(req.params, 'staffId') && mb.channel === 'paper');
    if (!member) throw new AppError('not_found', 'error.notFound.body');
    await removePaperReturn(prisma, commandContext(req), data.round.id, member.staffId);
    flash(req, 'success', 'counting.returnRemoved');
    res.redirect(`${base(req)}#returns`);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/paper/:countId/discard', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    const entry = data.paper.find((p) => p.id === paramId(req.params, 'countId'));
    if (!entry) throw new AppError('not_found', 'error.notFound.body');
    assertAllowed(whyNotEnterCount(viewer, data.round));
    await discardPaperCount(prisma, commandContext(req), data.round.id, entry.id);
    flash(req, 'success', 'counting.paperDiscarded');
    res.redirect(`${base(req)}#paper`);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/paper', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    assertAllowed(whyNotEnterCount(viewer, data.round));
    const parsed = paperFrom(
      formValues(req.body),
      data.round.nomineeNames.map((n) => n.nominationId),
    );
    if (!parsed.ok) return page(res, 422, data, { errors: parsed.errors, values: formValues(req.body), form: 'paper' });
    if (!(await orFieldError(req, res, 'paper', () => enterPaperCount(prisma, commandContext(req), data.round.id, viewer.staffId!, parsed.value)))) return;
    flash(req, 'success', 'counting.paperEntered');
    res.redirect(`${base(req)}#paper`);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/paper/:countId/confirm', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    const entry = data.paper.find((p) => p.id === paramId(req.params, 'countId'));
    if (!entry) throw new AppError('not_found', 'error.notFound.body');
    const why = whyNotConfirmCount(viewer, data.round, { enteredById: entry.enteredById, confirmed: entry.confirmedBy !== null });
    // Confirmed already (a double click, a second tab, the other member at the same moment): the same page again.
    if (why?.messageKey !== 'counting.refusal.alreadyConfirmed') assertAllowed(why);
    const done = why ? 'already' : await confirmPaperCount(prisma, commandContext(req), data.round.id, entry.id, viewer.staffId!);
    flash(req, done === 'already' ? 'info' : 'success', done === 'already' ? 'counting.refusal.alreadyConfirmed' : 'counting.paperConfirmed');
    res.redirect(`${base(req)}#paper`);
  });

  router.post('/meetings/:id/rounds/:roundId/counting/written', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    assertAllowed(whyNotEnterCount(viewer, data.round));
    const parsed = writtenFrom(
      formValues(req.body),
      data.round.nomineeNames.map((n) => n.nominationId),
    );
    if (!parsed.ok) return page(res, 422, data, { errors: parsed.errors, values: formValues(req.body), form: 'written' });
    if (!(await orFieldError(req, res, 'written', () => enterWrittenOpinions(prisma, commandContext(req), data.round.id, viewer.staffId!, parsed.value))))
      return;
    flash(req, 'success', 'counting.writtenEntered');
    res.redirect(base(req));
  });

  router.post('/meetings/:id/rounds/:roundId/counting/written/confirm', requirePermission('ballot:cast'), async (req, res) => {
    const { data, viewer } = await load(req);
    if (!data.written) throw new AppError('not_found', 'error.notFound.body');
    const why = whyNotConfirmCount(viewer, data.round, { enteredById: data.written.enteredById, confirmed: data.written.confirmedBy !== null });
    if (why?.messageKey !== 'counting.refusal.alreadyConfirmed') assertAllowed(why);
    const done = why ? 'already' : await confirmWrittenOpinions(prisma, commandContext(req), data.round.id, viewer.staffId!);
    flash(req, done === 'already' ? 'info' : 'success', done === 'already' ? 'counting.refusal.alreadyConfirmed' : 'counting.writtenConfirmed');
    res.redirect(`${base(req)}#written`);
  });
}
