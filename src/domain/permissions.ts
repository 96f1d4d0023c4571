// Roles → permissions, in one place. Council roles are held per school year (see councilRoles in the
// directory feature); `admin` and `staff` are not tied to a year; `group_leader` follows the collective led.

export const ROLES = ['admin', 'chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council', 'group_leader', 'staff'] as const;
export type Role = (typeof ROLES)[number];
export const COUNCIL_ROLES = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council'] as const;
export type CouncilRoleName = (typeof COUNCIL_ROLES)[number];

export const PERMISSIONS = [
  'home:view',
  'account:manage-own',
  'notification:read-own',
  'directory:view',
  'directory:manage',
  'directory:import',
  'council:manage',
  'school:manage',
  'user:manage',
  'audit:view',
  'plan:view',
  'plan:edit',
  'plan:approve',
  'movement:manage',
  'calendar:manage',
  'registration:submit-own',
  'registration:submit-collective',
  'registration:review',
  'registration:register-late',
  'initiative:submit-own',
  'initiative:score',
  'initiative:manage',
  'initiative:recognise',
  'nomination:propose',
  'nomination:approve',
  'ballot:cast',
  'ballot:manage',
  'dossier:export',
  'rules:view',
  'rules:edit',
  'records:view-all',
  'history:import',
  'register:view',
  'register:issue',
  'posting:comment',
  'posting:manage',
  'complaint:view',
  'complaint:manage',
  'exemplar:view',
  'exemplar:manage',
  'contest:view',
  'contest:enter',
  'contest:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = [
  'home:view',
  'account:manage-own',
  'notification:read-own',
  'plan:view',
  'registration:submit-own',
  'initiative:submit-own',
  'directory:view',
  'posting:comment',
  'exemplar:view',
  'contest:view',
  'contest:enter',
];
const council: Permission[] = [...everyone, 'ballot:cast', 'nomination:propose', 'records:view-all', 'rules:view', 'register:view', 'complaint:view'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  staff: everyone,
  group_leader: [...everyone, 'registration:submit-collective', 'nomination:propose'],
  council_member: council,
  initiative_council: [...everyone, 'initiative:score', 'records:view-all'],
  secretary: [
    ...council,
    'registration:review',
    'registration:register-late',
    'dossier:export',
    'calendar:manage',
    'plan:edit',
    'history:import',
    'ballot:manage',
    'directory:import',
    'register:issue',
    'initiative:manage',
    'posting:manage',
    'complaint:manage',
    'exemplar:manage',
    'contest:manage',
  ],
  vice_chair: [...council, 'registration:review', 'plan:edit', 'movement:manage', 'calendar:manage', 'audit:view', 'exemplar:manage', 'contest:manage'],
  chair: [
    ...council,
    'plan:edit',
    'plan:approve',
    'movement:manage',
    'calendar:manage',
    'registration:review',
    'registration:submit-collective',
    'nomination:approve',
    'ballot:manage',
    'dossier:export',
    'council:manage',
    'school:manage',
    'audit:view',
    'history:import',
    'directory:import',
    'register:issue',
    'initiative:manage',
    'initiative:recognise',
    'posting:manage',
    'complaint:manage',
    'exemplar:manage',
    'contest:manage',
  ],
  admin: [
    'home:view',
    'account:manage-own',
    'notification:read-own',
    'directory:view',
    'directory:manage',
    'directory:import',
    'council:manage',
    'school:manage',
    'user:manage',
    'audit:view',
    'rules:view',
    'rules:edit',
    'history:import',
    'records:view-all',
  ],
};

/** Union of the permissions of the given roles. */
export function permissionsOf(roles: Iterable<Role>): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of rolePermissions[role]) out.add(p);
  return out;
}
