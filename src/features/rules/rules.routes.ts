// Rule sets as the law says them: parameters with legal basis and certainty, and the administrator's changes. A
// change can be saved for every rule set that has the parameter, and its reach (which school years and evaluation
// dates) is shown before saving (issue 11 §4).
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { vietnamIsoDate } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { withParameterOverrides } from '../../domain/rules/index.ts';
import { overrideImpact, type ImpactYear } from '../../domain/rules/overrideImpact.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formList, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { formString, requiredDate, requiredText } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { listAuthoredRuleSets } from './authoredRuleSets.queries.ts';
import { loadRuleSets } from './loadRuleSets.ts';
import { saveParameterOverride } from './saveParameterOverride.ts';

const overrideForm = z.object({
  value: formString.pipe(z.string().max(50, 'form.tooLong')),
  effectiveFrom: requiredDate,
  reason: requiredText(500),
  intent: formString,
});

interface PageState {
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
  editing?: string;
  status?: number;
  preview?: { date: Date; years: (ImpactYear & { label: string })[] } | null;
}

/** Registers /rules routes. */
export function registerRuleRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (req: Request, res: Response, o: PageState = {}) => {
    const schoolId = userOf(req).schoolId;
    const [overrides, loaded, authored] = await Promise.all([
      loadOverrides(prisma, schoolId),
      loadRuleSets(prisma, schoolId),
      listAuthoredRuleSets(prisma, schoolId),
    ]);
    const today = vietnamIsoDate(req.now);
    const ruleSets = loaded.map((rs) => ({
      ...withParameterOverrides(rs, overrides, today),
      overrides: overrides.filter((x) => x.ruleSetId === rs.id),
      authored: authored.some((a) => a.id === rs.id),
    }));
    // For each parameter key, the rule sets that have it (the change may be saved for all of them).
    const holders = (key: string) => ruleSets.filter((r) => Object.hasOwn(r.parameters, key)).map((r) => ({ id: r.id, name: r.name }));
    res.status(o.status ?? 200).render('rules/index', {
      title: 'rules.title',
      ruleSets,
      holders,
      authored,
      errors: o.errors ?? {},
      values: o.values ?? {},
      editing: o.editing ?? null,
      preview: o.preview ?? null,
    });
  };

  router.get('/rules', requirePermission('rules:view'), (req, res) => render(req, res));

  router.post('/rules/:ruleSetId/parameters/:key', requirePermission('rules:edit'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const ruleSetId = String(req.params.ruleSetId);
    const key = String(req.params.key);
    const ruleSets = await loadRuleSets(prisma, schoolId);
    foundOr404(ruleSets.find((r) => r.id === ruleSetId && Object.hasOwn(r.parameters, key)));
    const editing = `${ruleSetId}:${key}`;
    const values = formValues(req.body);
    const parsed = overrideForm.safeParse(req.body);
    if (!parsed.success) return render(req, res, { errors: fieldErrors(parsed.error), values, editing, status: 422 });
    // The rule set of the form, plus the other rule sets ticked (only ones that have the parameter).
    const also = formList(req.body, 'alsoFor').filter((x): x is string => typeof x === 'string');
    const ruleSetIds = [ruleSetId, ...ruleSets.filter((r) => r.id !== ruleSetId && also.includes(r.id) && Object.hasOwn(r.parameters, key)).map((r) => r.id)];
    if (parsed.data.intent === 'preview') {
      const [years, frozen] = await Promise.all([
        prisma.schoolYear.findMany({ where: { schoolId }, select: { startYear: true, evaluationDate: true } }),
        prisma.frozenEvaluation.findMany({ where: { schoolId }, select: { startYear: true, decisionRef: true } }),
      ]);
      const refs = new Map(frozen.map((f) => [f.startYear, f.decisionRef]));
      const impact = overrideImpact(
        ruleSets,
        years.map((y) => ({ ...y, frozenRef: refs.get(y.startYear) ?? null })),
        ruleSetIds,
        parsed.data.effectiveFrom,
      );
      const preview = { date: parsed.data.effectiveFrom, years: impact.map((y) => ({ ...y, label: schoolYearLabel(y.startYear) })) };
      return render(req, res, { values, editing, preview });
    }
    try {
      await saveParameterOverride(prisma, commandContext(req), {
        ruleSets,
        ruleSetIds,
        key,
        raw: parsed.data.value,
        effectiveFrom: parsed.data.effectiveFrom,
        reason: parsed.data.reason,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return render(req, res, { errors, values, editing, status: 422 });
    }
    const names = ruleSetIds.map((id) => ruleSets.find((r) => r.id === id)!.name).join('; ');
    flash(req, 'success', (res.locals.t as (k: string, p: Record<string, string>) => string)('rules.savedFor', { names }));
    res.redirect(`/rules#${ruleSetId}-${key}`);
  });
}
