// English messages: the law, round two (record coverage, rule-set comparison, report legend).
import type { law as vi } from '../vi/law.ts';

export const law: Record<keyof typeof vi, string> = {
  'coverage.title': 'School years with complete records',
  'coverage.help':
    'Tick the school years whose records are complete, per kind. Inside ticked years a missing record means "none" (not rated, no title, no discipline…); outside them it means "unknown" and the verdict is "Missing data".',
  'coverage.year': 'School year',
  'coverage.kind.ratings': 'Ratings',
  'coverage.kind.titles': 'Titles and awards',
  'coverage.kind.discipline': 'Discipline',
  'coverage.kind.initiatives': 'Initiatives',
  'coverage.kind.research': 'Research',
  'coverage.saved': 'Complete school years saved.',
  'coverage.none': 'No school year is declared complete: a year without records counts as unknown.',
  'coverage.summary': 'School years with complete records',
  'compare.title': 'Compare two rule sets',
  'compare.help': "Evaluates the school's real data under two rule sets and lists exactly the people whose verdicts differ, with the reason under each.",
  'compare.a': 'Rule set A',
  'compare.b': 'Rule set B',
  'compare.year': 'School year',
  'compare.run': 'Compare',
  'compare.count': '{n} verdicts differ ({people} people).',
  'compare.none': 'Nobody gets a different verdict.',
  'compare.person': 'Staff member',
  'compare.titleCol': 'Title',
  'compare.candidate': 'draft',
  'compare.deactivated': 'stopped',
  'eligibility.candidateNote': '{name} (planned from {date}) is a draft and not applied: this year is evaluated by the active rule set {active}.',
  'eligibility.legend': 'Legend',
  'eligibility.legendV': '[V] verified against the text',
  'eligibility.legendP': '[P] partly verified',
  'eligibility.legendU': '[U] not verified',
};
