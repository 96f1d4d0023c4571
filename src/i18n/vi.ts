// Vietnamese catalogue: the default locale and the source of every message key (split by area in vi/).
import { audit } from './vi/audit.ts';
import { auth } from './vi/auth.ts';
import { uploads } from './vi/uploads.ts';
import { ballot } from './vi/ballot.ts';
import { commands } from './vi/commands.ts';
import { common } from './vi/common.ts';
import { errors } from './vi/errors.ts';
import { dates } from './vi/dates.ts';
import { council } from './vi/council.ts';
import { counting } from './vi/counting.ts';
import { directory } from './vi/directory.ts';
import { dashboard } from './vi/dashboard.ts';
import { dossiers } from './vi/dossiers.ts';
import { initiatives } from './vi/initiatives.ts';
import { initiativeSettings } from './vi/initiativeSettings.ts';
import { plans } from './vi/plans.ts';
import { records } from './vi/records.ts';
import { registrations } from './vi/registrations.ts';
import { posting } from './vi/posting.ts';
import { law } from './vi/law.ts';
import { ruleAuthoring } from './vi/ruleAuthoring.ts';
import { complaints } from './vi/complaints.ts';
import { schoolSetup } from './vi/schoolSetup.ts';
import { statistics } from './vi/statistics.ts';
import { yearReports } from './vi/yearReports.ts';
import { planCarryOver } from './vi/planCarryOver.ts';
import { exemplars } from './vi/exemplars.ts';
import { contests } from './vi/contests.ts';

export const vi = {
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
} as const;

export type MessageKey = keyof typeof vi;
