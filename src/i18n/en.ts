// English catalogue: every key of the Vietnamese one (each part is typed against its Vietnamese twin).
import { audit } from './en/audit.ts';
import { auth } from './en/auth.ts';
import { uploads } from './en/uploads.ts';
import { ballot } from './en/ballot.ts';
import { commands } from './en/commands.ts';
import { common } from './en/common.ts';
import { errors } from './en/errors.ts';
import { dates } from './en/dates.ts';
import { council } from './en/council.ts';
import { counting } from './en/counting.ts';
import { directory } from './en/directory.ts';
import { dashboard } from './en/dashboard.ts';
import { dossiers } from './en/dossiers.ts';
import { initiatives } from './en/initiatives.ts';
import { initiativeSettings } from './en/initiativeSettings.ts';
import { plans } from './en/plans.ts';
import { records } from './en/records.ts';
import { registrations } from './en/registrations.ts';
import { posting } from './en/posting.ts';
import { law } from './en/law.ts';
import { ruleAuthoring } from './en/ruleAuthoring.ts';
import { complaints } from './en/complaints.ts';
import { schoolSetup } from './en/schoolSetup.ts';
import { statistics } from './en/statistics.ts';
import { yearReports } from './en/yearReports.ts';
import { planCarryOver } from './en/planCarryOver.ts';
import { exemplars } from './en/exemplars.ts';
import { contests } from './en/contests.ts';
import type { MessageKey } from './vi.ts';

export const en: Record<MessageKey, string> = {
  ...audit,
  ...auth,
  ...uploads,
  ...ballot,
  ...commands,
  ...common,
  ...council,
  ...counting,
  ...errors,
  ...dates,
  ...directory,
  ...dashboard,
  ...dossiers,
  ...initiatives,
  ...initiativeSettings,
  ...plans,
  ...records,
  ...registrations,
  ...posting,
  ...law,
  ...ruleAuthoring,
  ...complaints,
  ...schoolSetup,
  ...statistics,
  ...yearReports,
  ...planCarryOver,
  ...exemplars,
  ...contests,
};
