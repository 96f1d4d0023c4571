// Proposing recognised initiatives to the upper level: the list (to propose, proposed, the city's decisions) and
// the chair's proposal with its date and document number.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { canView } from './initiative.policy.ts';
import { factsOf } from './initiative.presenter.ts';
import { findInitiative } from './initiative.queries.ts';
import { proposalForm } from './initiative.schemas.ts';
import { initiativeProposals } from './initiativeProposals.ts';
import { proposeUpward } from './proposeUpward.ts';

/** Registers /initiatives/proposed and the proposal command (before /initiatives/:id). */
export function registerInitiativeProposalRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (
    req: Request,
    res: Response,
    form: { id: string; values: Record<string, string>; errors: Record<string, string> } | null,
    status = 200,
  ) => {
    const year = userOf(req).schoolYear;
    if (!year) throw new AppError('not_found', 'error.notFound.body');
    res.status(status).render('initiatives/proposed', {
      title: 'initiativeProposals.title',
      startYear: year.startYear,
      ...(await initiativeProposals(prisma, userOf(req).schoolId)),
      form,
    });
  };

  router.get('/initiatives/proposed', requirePermission('initiative:manage'), (req, res) => render(req, res, null));

  router.post('/initiatives/:id/propose-upward', requirePermission('initiative:recognise'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    const body = formValues(req.body);
    const values = {
      proposedOn: typeof body.proposedOn === 'string' ? body.proposedOn : '',
      proposalNumber: typeof body.proposalNumber === 'string' ? body.proposalNumber : '',
    };
    const parsed = proposalForm.safeParse(body);
    if (!parsed.success) return render(req, res, { id: i.id, values, errors: fieldErrors(parsed.error) }, 422);
    try {
      await proposeUpward(prisma, commandContext(req), i.id, parsed.data);
    } catch (error) {
      const errors =
        fieldErrorsOf(error) ?? (error instanceof AppError && error.code === 'conflict' ? { _form: error.userMessage ?? 'error.conflict.body' } : undefined);
      if (!errors) throw error;
      return render(req, res, { id: i.id, values, errors }, error instanceof AppError && error.code === 'conflict' ? 409 : 422);
    }
    flash(req, 'success', 'initiativeProposals.saved');
    res.redirect('/initiatives/proposed');
  });
}
