// The schema a rule set written in the app must satisfy: its shape (zod) and then the compiler's checks
// (every parameter a criterion names exists with the right kind). A rule set stored as JSON is read only
// through parseRuleSet, so a bad edit is refused with a reason, never half-applied.
import { z } from 'zod';
import { compileRuleSet } from './compileRuleSet.ts';
import type { CollectiveCriterion, IndividualCriterion, RuleSet } from './ruleSetTypes.ts';

const AWARD = z.enum(['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_UBND_TP', 'CSTD_TQ', 'BK_TTG', 'HCLD_III', 'TTLDTT', 'TTLDXS', 'GIAY_KHEN']);
const ISO = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const ref = text(80);
export const legalBasisSchema = z.object({
  document: text(300),
  article: text(300),
  certainty: z.enum(['V', 'P', 'U']),
  note: z.string().max(500).optional(),
});
const based = { basis: legalBasisSchema };

export const individualCriterionSchema: z.ZodType<IndividualCriterion> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('noPendingProceedings'), ...based }),
    z.object({ kind: z.literal('ratingAtLeast'), rating: ref, ...based }),
    z.object({ kind: z.literal('noDisciplineFrom'), level: ref, ...based }),
    z.object({ kind: z.literal('minMonthsWorked'), months: ref, maternityCounts: ref, daysPerMonth: ref, ...based }),
    z.object({ kind: z.literal('minTenureMonths'), months: ref, ...based }),
    z.object({ kind: z.literal('maxLeaveDays'), days: ref, maternityCounts: ref, ...based }),
    z.object({ kind: z.literal('titleInYear'), title: AWARD, ...based }),
    z.object({ kind: z.literal('researchInYear'), requireApplied: z.boolean(), ...based }),
    z.object({ kind: z.literal('initiativesInWindow'), level: ref, count: ref, years: ref, minShare: ref, researchCounts: z.boolean(), ...based }),
    z.object({ kind: z.literal('consecutiveTitle'), title: AWARD, times: ref, stride: ref.optional(), ...based }),
    z.object({ kind: z.literal('consecutiveRating'), rating: ref, years: ref, ...based }),
    z.object({ kind: z.literal('titleCountInWindow'), title: AWARD, count: ref, years: ref, ...based }),
    z.object({ kind: z.literal('titleAwardedBefore'), title: AWARD, yearsBefore: ref, ...based }),
    z.object({ kind: z.literal('anyOf'), of: z.array(individualCriterionSchema).min(1), ...based }),
    z.object({ kind: z.literal('allOf'), of: z.array(individualCriterionSchema).min(1), ...based }),
  ]),
);

const collectiveCriterionSchema: z.ZodType<CollectiveCriterion> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('collectiveRatingAtLeast'), rating: ref, ...based }),
    z.object({ kind: z.literal('membersTitlePct'), title: AWARD, pct: ref, ...based }),
    z.object({ kind: z.literal('membersTitleCount'), title: AWARD, count: ref, ...based }),
    z.object({ kind: z.literal('membersRatingPct'), rating: ref, pct: ref, ...based }),
    z.object({ kind: z.literal('noMemberDisciplineFrom'), level: ref, ...based }),
    z.object({ kind: z.literal('anyOf'), of: z.array(collectiveCriterionSchema).min(1), ...based }),
    z.object({ kind: z.literal('allOf'), of: z.array(collectiveCriterionSchema).min(1), ...based }),
  ]),
);

const title = { code: AWARD, name: text(200), shortName: text(60), ...based };
const parameterSchema = z.object({
  key: ref,
  label: text(300),
  kind: z.enum(['percent', 'count', 'years', 'months', 'days', 'rating', 'discipline', 'initiativeLevel', 'boolean']),
  nullable: z.boolean(),
  value: z.union([z.number(), z.boolean(), z.string(), z.null()]),
  defaultValue: z.union([z.number(), z.boolean(), z.string(), z.null()]),
  ...based,
});
const authoritySchema = z.object({
  level: z.enum(['local', 'city', 'state']),
  decides: text(300),
  receives: text(300),
  decidesBasis: legalBasisSchema,
  receivesBasis: legalBasisSchema,
});
const voteSchema = z.object({ method: z.enum(['ballot', 'ballot_or_hands']), thresholdPct: ref, strict: z.boolean(), ...based });
const dossierPartSchema = z.object({
  kind: z.enum([
    'submission',
    'minutes',
    'voteCount',
    'achievementReport',
    'summaryReport',
    'initiativeProof',
    'priorDecisions',
    'evidence',
    'postingComments',
  ]),
  name: text(300),
  form: z.string().max(300).nullable(),
  scope: z.enum(['dossier', 'nominee']),
  subject: z.enum(['individual', 'collective']).optional(),
  titles: z.array(AWARD).optional(),
  procedures: z.array(z.enum(['ordinary', 'simplified'])),
  required: z.boolean(),
  excellentRatingSuffices: z.array(AWARD).optional(),
  ...based,
});

/** The whole rule set as data. */
export const ruleSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,80}$/),
  name: text(200),
  status: z.enum(['active', 'candidate', 'deactivated']).optional(),
  effectiveFrom: ISO,
  effectiveTo: ISO.nullable(),
  sources: z.array(legalBasisSchema),
  parameters: z.record(z.string(), parameterSchema),
  generalCriteria: z.array(individualCriterionSchema),
  titles: z
    .array(
      z.discriminatedUnion('subject', [
        z.object({ ...title, subject: z.literal('individual'), criteria: z.array(individualCriterionSchema) }),
        z.object({ ...title, subject: z.literal('collective'), criteria: z.array(collectiveCriterionSchema) }),
      ]),
    )
    .min(1),
  authorities: z.partialRecord(AWARD, authoritySchema),
  ratioCaps: z.array(z.object({ title: AWARD, basisTitle: AWARD, pct: ref, ...based })),
  tieBreak: z.object({ preferWomen: ref, collectiveWomenPct: ref, ...based }),
  principles: z.array(z.object({ text: text(1000), ...based })),
  votes: z.partialRecord(AWARD, voteSchema),
  meeting: z.object({ quorumNumerator: ref, quorumDenominator: ref, awardAttendancePct: ref, writtenOpinionsCount: ref, ...based }),
  principalGiayKhen: ref,
  dossierParts: z.array(dossierPartSchema),
});

/** A rule set from stored or edited JSON, or the first reason it is not one (shape, then the compiler's checks). */
export function parseRuleSet(data: unknown): { ok: true; ruleSet: RuleSet } | { ok: false; reason: string } {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'không hợp lệ'}` };
  }
  const ruleSet = parsed.data;
  const codes = ruleSet.titles.map((t) => t.code);
  if (new Set(codes).size !== codes.length) return { ok: false, reason: 'titles: mỗi danh hiệu chỉ được khai báo một lần' };
  for (const [key, p] of Object.entries(ruleSet.parameters)) if (p.key !== key) return { ok: false, reason: `parameters.${key}: khóa không khớp` };
  try {
    compileRuleSet(ruleSet);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, ruleSet };
}
