// The audit trail is read by those with audit:view (administrators, chair, vice chair), for their own school only.
// A council year's own history is read through the council policy instead (council.routes).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CurrentUser } from '../auth/currentUser.ts';

/** Kinds of action a reader filters by: the first word of an action key. */
export const AUDIT_ACTION_GROUPS = [
  'auth',
  'user',
  'staff',
  'collective',
  'council',
  'school',
  'schoolYear',
  'plan',
  'movement',
  'milestone',
  'registration',
  'initiative',
  'nomination',
  'meeting',
  'ballot',
  'eligibility',
  'dossier',
  'register',
  'import',
  'history',
  'rules',
  'yearReport',
  'exemplar',
  'posting',
  'complaint',
  'records',
  'contest',
] as const;

/** Objects a reader filters by (AuditEvent.subject). */
export const AUDIT_SUBJECTS = [
  'User',
  'Staff',
  'Collective',
  'CouncilDecision',
  'School',
  'SchoolYear',
  'Plan',
  'YearReport',
  'Movement',
  'Milestone',
  'Registration',
  'InitiativeRecord',
  'Nomination',
  'Meeting',
  'BallotRound',
  'DossierExport',
  'IssuedDocument',
  'ImportBatch',
  'FrozenEvaluation',
  'RuleParameterOverride',
  'AuthoredRuleSet',
  'Exemplar',
  'PublicPosting',
  'PostingComment',
  'Complaint',
  'RecordCoverage',
  'Contest',
  'ContestEntry',
] as const;

/** Audit events the reader may browse. */
export function visibleAuditEventsWhere(user: Pick<CurrentUser, 'schoolId' | 'permissions'>): Prisma.AuditEventWhereInput {
  return user.permissions.has('audit:view') ? { schoolId: user.schoolId } : { id: { in: [] } };
}

// Vietnam has been UTC+7 without daylight saving since 1975: its day D starts at D 00:00 − 7 h in UTC.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instants of Vietnam calendar days `from` to `to` inclusive (dates at UTC midnight), for a timestamptz filter. */
export function vietnamDayRange(from: Date | null, to: Date | null): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(from.getTime() - VIETNAM_OFFSET_MS) } : {}),
    ...(to ? { lt: new Date(to.getTime() + DAY_MS - VIETNAM_OFFSET_MS) } : {}),
  };
}

/** The reader's events narrowed by kind of action, object, person (folded name or login) and time. */
export function auditEventsWhere(
  user: Pick<CurrentUser, 'schoolId' | 'permissions'>,
  f: { group?: string; subject?: string; actor: string; at?: Prisma.DateTimeFilter },
): Prisma.AuditEventWhereInput {
  return {
    AND: [
      visibleAuditEventsWhere(user),
      f.group ? { OR: [{ action: f.group }, { action: { startsWith: `${f.group}.` } }] } : {},
      f.subject ? { subject: f.subject } : {},
      f.actor
        ? {
            actor: {
              OR: [
                { username: { contains: f.actor } },
                { staff: { searchName: { contains: f.actor } } },
                { displayName: { contains: f.actor, mode: 'insensitive' } },
              ],
            },
          }
        : {},
      f.at ? { at: f.at } : {},
    ],
  };
}
