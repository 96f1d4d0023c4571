// FrozenEvaluation's JSON columns as stored: `verdicts` and `parameters` are `{ version: 1, items }` lists (bare lists
// written before the version field read as version 1). Each verdict is checked against the engine's Verdict shape.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { AwardCode, CriterionResult, ParameterOverride, Verdict } from '../../domain/rules/index.ts';
import { listJson, versionedList } from '../../db/json/versionedJson.ts';

const legalBasis = z.object({ document: z.string(), article: z.string(), certainty: z.enum(['V', 'P', 'U']), note: z.string().optional() });
const criterion: z.ZodType<CriterionResult> = z.lazy(() =>
  z.object({
    kind: z.string(),
    status: z.enum(['pass', 'fail', 'unknown']),
    explanation: z.string(),
    need: z.string(),
    basis: legalBasis,
    children: z.array(criterion).optional(),
  }),
);
const awardCode = z.custom<AwardCode>((v) => typeof v === 'string' && v.length > 0);
const verdict: z.ZodType<Verdict> = z.object({
  candidateId: z.string(),
  subject: z.enum(['individual', 'collective']),
  title: awardCode,
  titleName: z.string(),
  shortName: z.string(),
  year: z.number(),
  yearLabel: z.string(),
  ruleSetId: z.string(),
  ruleSetName: z.string(),
  evaluationDate: z.string(),
  status: z.enum(['eligible', 'not_eligible', 'missing_data']),
  criteria: z.array(criterion),
  awarded: z.object({ code: awardCode, decisionNumber: z.string(), decisionDate: z.string(), issuer: z.string() }).nullable(),
  authority: z
    .object({ level: z.enum(['local', 'city', 'state']), decides: z.string(), receives: z.string(), decidesBasis: legalBasis, receivesBasis: legalBasis })
    .nullable(),
});
const override: z.ZodType<ParameterOverride> = z.object({
  key: z.string(),
  value: z.union([z.number(), z.boolean(), z.string(), z.null()]),
  ruleSetId: z.string().optional(),
  effectiveFrom: z.string().optional(),
  reason: z.string().optional(),
});
const storedVerdicts = versionedList(verdict);
const storedParameters = versionedList(override);

/** FrozenEvaluation.verdicts read from its column. */
export function readFrozenVerdicts(stored: unknown): Verdict[] {
  return storedVerdicts.parse(stored).items;
}

/** FrozenEvaluation.parameters read from its column. */
export function readFrozenParameters(stored: unknown): ParameterOverride[] {
  return storedParameters.parse(stored).items;
}

/** The columns as written (version 1); JSON round trip drops undefined fields, which a JSON column cannot hold. */
export function frozenEvaluationJson(verdicts: Verdict[], parameters: ParameterOverride[]) {
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
  return { verdicts: plain(listJson(verdicts)), parameters: plain(listJson(parameters)) };
}
