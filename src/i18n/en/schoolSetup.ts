// English messages: loading a school's past and the eligibility report's legend and filters.
import type { schoolSetup as vi } from '../vi/schoolSetup.ts';

export const schoolSetup: Record<keyof typeof vi, string> = {
  'import.collectivesHeading': 'Collectives (sheet “{sheet}”)',
  'import.collectiveName': 'Collective',
  'import.leader': 'Leader: {code}',
  'history.kind.coverage': 'School years with complete records',
  'history.kind.schoolYears': 'School years (created when missing)',
  'history.coverageDeclared': 'After the import these school years count as complete:',
  'eligibility.collectiveFilter': 'Collective',
  'eligibility.allCollectives': 'All collectives',
  'eligibility.legendHeading': 'Legend',
  'eligibility.legendMarks': 'How far the legal basis is verified',
  'eligibility.legendVerified': 'Verified: checked against the text, article confirmed.',
  'eligibility.legendPartial': 'Partly verified: the text exists, details not all checked.',
  'eligibility.legendUnverified': 'Unverified: article number or content not checked against the original.',
  'eligibility.legendAbbr': 'Abbreviations',
  'eligibility.basisNote': 'A basis marked * has an unverified article number.',
  'eligibility.groupShown': '{title}: {n} rows',
};
