// Rule sets as the law says them: parameters with legal basis and certainty, and the administrator's changes.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { vietnamIsoDate } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { RULE_SETS, withParameterOverrides } from '../../domain/rules/index.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { formString, requiredDate, requiredText } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { saveParameterOverride } from './saveParameterOverride.ts';

const overrideForm = z.object({ value: formString.pipe(z.string().max(50, 'form.tooLong')), effectiveFrom: requiredDate, reason: requiredText(500) });

/** Registers /rules routes. */
export function registerRuleRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (
    req: Request,
    res: Response,
    o: { errors?: Record<string, string>; values?: Record<string, unknown>; editing?: string; status?: number } = {},
  ) => {
    const overrides = await loadOverrides(prisma, userOf(req).schoolId);
    const today = vietnamIsoDate(req.now);
    const ruleSets = RULE_SETS.map((rs) => ({ ...withParameterOverrides(rs, overrides, today), overrides: overrides.filter((x) => x.ruleSetId === rs.id) }));
    res
      .status(o.status ?? 200)
      .render('rules/index', { title: 'rules.title', ruleSets, errors: o.errors ?? {}, values: o.values ?? {}, editing: o.editing ?? null });
  };

  router.get('/rules', requirePermission('rules:view'), (req, res) => render(req, res));

  router.post('/rules/:ruleSetId/parameters/:key', requirePermission('rules:edit'), async (req, res) => {
    const ruleSetId = String(req.params.ruleSetId);
    const key = String(req.params.key);
    foundOr404(RULE_SETS.find((r) => r.id === ruleSetId && Object.hasOwn(r.parameters, key)));
    const editing = `${ruleSetId}:${key}`;
    const parsed = overrideForm.safeParse(req.body);
    if (!parsed.success) return render(req, res, { errors: fieldErrors(parsed.error), values: formValues(req.body), editing, status: 422 });
    try {
      await saveParameterOverride(prisma, commandContext(req), {
        ruleSetId,
        key,
        raw: parsed.data.value,
        effectiveFrom: parsed.data.effectiveFrom,
        reason: parsed.data.reason,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return render(req, res, { errors, values: formValues(req.body), editing, status: 422 });
    }
    flash(req, 'success', 'rules.saved');
    res.redirect(`/rules#${ruleSetId}-${key}`);
  });
}
