// Turns a rule set's criteria into checks with their parameters resolved once (and validated), cached per object.
import type { AwardCode } from './facts.ts';
import { booleanParam as bool, disciplineParam as discipline, levelParam as level, numberParam as num, ratingParam as rating } from './paramReader.ts';
import type { CollectiveCriterion, CollectiveTitle, IndividualCriterion, IndividualTitle, RuleSet } from './ruleSetTypes.ts';
import { collectiveRatingAtLeast, membersRatingPct, membersTitleCount, membersTitlePct, noMemberDisciplineFrom } from './criteria/collectiveCriteria.ts';
import { allOf, anyOf } from './criteria/compositeCriteria.ts';
import type { CollectiveCheck, StaffCheck } from './criteria/context.ts';
import { consecutiveRating, initiativesInWindow } from './criteria/historyCriteria.ts';
import { minTenureMonths } from './criteria/tenureCriteria.ts';
import { consecutiveTitle, titleAwardedBefore, titleCountInWindow, titleInYear } from './criteria/titleCriteria.ts';
import { maxLeaveDays, minMonthsWorked, noDisciplineFrom, noPendingProceedings, ratingAtLeast, researchInYear } from './criteria/yearCriteria.ts';

export type CompiledTitle =
  { subject: 'individual'; def: IndividualTitle; checks: StaffCheck[] } | { subject: 'collective'; def: CollectiveTitle; checks: CollectiveCheck[] };

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  titles: Map<AwardCode, CompiledTitle>;
}

function staffCheck(rs: RuleSet, c: IndividualCriterion): StaffCheck {
  switch (c.kind) {
    case 'noPendingProceedings':
      return noPendingProceedings(c.basis);
    case 'ratingAtLeast':
      return ratingAtLeast(rating(rs, c.rating), c.basis);
    case 'noDisciplineFrom':
      return noDisciplineFrom(discipline(rs, c.level), c.basis);
    case 'minMonthsWorked':
      return minMonthsWorked(num(rs, c.months), bool(rs, c.maternityCounts), num(rs, c.daysPerMonth), c.basis);
    case 'minTenureMonths':
      return minTenureMonths(num(rs, c.months), c.basis);
    case 'maxLeaveDays':
      return maxLeaveDays(num(rs, c.days), bool(rs, c.maternityCounts), c.basis);
    case 'titleInYear':
      return titleInYear(c.title, c.basis);
    case 'researchInYear':
      return researchInYear(c.requireApplied, c.basis);
    case 'initiativesInWindow':
      return initiativesInWindow(
        {
          level: level(rs, c.level),
          count: num(rs, c.count),
          years: num(rs, c.years),
          minShare: num(rs, c.minShare),
          researchCounts: c.researchCounts,
        },
        c.basis,
      );
    case 'consecutiveTitle':
      return consecutiveTitle(c.title, num(rs, c.times), c.stride ? num(rs, c.stride) : 1, c.basis);
    case 'consecutiveRating':
      return consecutiveRating(rating(rs, c.rating), num(rs, c.years), c.basis);
    case 'titleCountInWindow':
      return titleCountInWindow(c.title, num(rs, c.count), num(rs, c.years), c.basis);
    case 'titleAwardedBefore':
      return titleAwardedBefore(c.title, num(rs, c.yearsBefore), c.basis);
    case 'anyOf':
      return anyOf(
        c.of.map((x) => staffCheck(rs, x)),
        c.basis,
      );
    case 'allOf':
      return allOf(
        c.of.map((x) => staffCheck(rs, x)),
        c.basis,
      );
  }
}

function collectiveCheck(rs: RuleSet, c: CollectiveCriterion): CollectiveCheck {
  switch (c.kind) {
    case 'collectiveRatingAtLeast':
      return collectiveRatingAtLeast(rating(rs, c.rating), c.basis);
    case 'membersTitlePct':
      return membersTitlePct(c.title, num(rs, c.pct), c.basis);
    case 'membersTitleCount':
      return membersTitleCount(c.title, num(rs, c.count), c.basis);
    case 'membersRatingPct':
      return membersRatingPct(rating(rs, c.rating), num(rs, c.pct), c.basis);
    case 'noMemberDisciplineFrom':
      return noMemberDisciplineFrom(discipline(rs, c.level), c.basis);
    case 'anyOf':
      return anyOf(
        c.of.map((x) => collectiveCheck(rs, x)),
        c.basis,
      );
    case 'allOf':
      return allOf(
        c.of.map((x) => collectiveCheck(rs, x)),
        c.basis,
      );
  }
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled form of a rule set; throws if a criterion names a missing or mistyped parameter. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const general = ruleSet.generalCriteria.map((c) => staffCheck(ruleSet, c));
  const titles = new Map<AwardCode, CompiledTitle>();
  for (const def of ruleSet.titles) {
    titles.set(
      def.code,
      def.subject === 'individual'
        ? { subject: 'individual', def, checks: [...general, ...def.criteria.map((c) => staffCheck(ruleSet, c))] }
        : { subject: 'collective', def, checks: def.criteria.map((c) => collectiveCheck(ruleSet, c)) },
    );
  }
  const compiled = { ruleSet, titles };
  cache.set(ruleSet, compiled);
  return compiled;
}
