// The year's nomination list: pre-filled from approved registrations and the engine's eligible candidates; each
// nomination removable with a reason; a not-eligible one goes to the council only with a written justification.
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { whyNotForward } from '../../domain/nominations/forwarding.ts';
import { findNomination, nominationsOfYear } from './nominations.queries.ts';
import { nominationForm, removalForm } from './nominations.schemas.ts';
import { prefillNominations } from './prefillNominations.ts';
import { removeNomination, updateNomination } from './updateNomination.ts';
import { openComplaintsByNomination } from '../complaints/complaints.queries.ts';

/** The page of the list asked for (?page=; anything else: the first). */
const listPage = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

function currentYear(req: Request) {
  const year = userOf(req).schoolYear;
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  return year;
}

/** Registers the nomination routes. */
export function registerNominationRoutes(router: Router, prisma: PrismaClient): void {
  const page = async (req: Request, extra: Record<string, unknown> = {}, focus?: string) => ({
    title: 'nominations.title',
    ...(await nominationsOfYear(prisma, userOf(req).schoolId, currentYear(req).id, { page: listPage.parse(req.query.page), focus })),
    openComplaints: await openComplaintsByNomination(prisma, userOf(req).schoolId, currentYear(req).id),
    errors: {},
    errorFor: null,
    ...extra,
  });

  // The list (verdicts with their reasons, justifications, evidence) is the council's: it votes on it. Proposing is
  // wider (group leaders), managing narrower (secretary and chair: ballot:manage).
  router.get('/nominations', requirePermission('ballot:cast'), async (req, res) => {
    res.render('nominations/index', await page(req));
  });

  router.post('/nominations/prefill', requirePermission('ballot:manage'), async (req, res) => {
    const n = await prefillNominations(prisma, commandContext(req), currentYear(req));
    flash(req, 'success', res.locals.t('nominations.prefilled', { n }));
    res.redirect('/nominations');
  });

  router.post('/nominations/:id', requirePermission('ballot:manage'), async (req, res) => {
    const nomination = await findNomination(prisma, userOf(req).schoolId, paramId(req.params));
    const parsed = nominationForm.safeParse(req.body);
    const why = parsed.success ? whyNotForward(nomination.verdictStatus, parsed.data.justification) : null;
    if (!parsed.success || (why && parsed.data.justification !== '')) {
      const errors = parsed.success ? { justification: why! } : fieldErrors(parsed.error);
      return res.status(422).render('nominations/index', await page(req, { errors, errorFor: nomination.id, typed: formValues(req.body) }, nomination.id));
    }
    await updateNomination(prisma, commandContext(req), nomination.id, parsed.data);
    flash(req, 'success', 'nominations.saved');
    res.redirect(`/nominations?page=${listPage.parse(req.query.page)}#n-${nomination.id}`);
  });

  router.post('/nominations/:id/remove', requirePermission('ballot:manage'), async (req, res) => {
    const nomination = await findNomination(prisma, userOf(req).schoolId, paramId(req.params));
    const parsed = removalForm.safeParse(req.body);
    if (!parsed.success)
      return res
        .status(422)
        .render(
          'nominations/index',
          await page(req, { errors: fieldErrors(parsed.error), errorFor: nomination.id, typed: formValues(req.body) }, nomination.id),
        );
    await removeNomination(prisma, commandContext(req), nomination.id, parsed.data.reason);
    flash(req, 'success', 'nominations.removed');
    res.redirect('/nominations');
  });
}
