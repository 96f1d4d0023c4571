// Who holds a role on a date: the accounts a milestone's reminders (and the register's chair) go to.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { COUNCIL_ROLES, type CouncilRoleName } from '../../domain/permissions.ts';
import { councilMembersOn } from '../council/councilMembersOn.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** Active account ids holding `role` on the calendar date `on` (council roles by their terms; others by their definition). */
export async function usersWithRole(db: Db, schoolId: string, role: string, on: Date): Promise<string[]> {
  const active = { schoolId, disabled: false };
  if ((COUNCIL_ROLES as readonly string[]).includes(role)) {
    const members = (await councilMembersOn(db, schoolId, on, 'all')).filter((m) => m.role === (role as CouncilRoleName));
    const users = await db.user.findMany({ where: { ...active, staffId: { in: members.map((m) => m.staffId) } }, select: { id: true } });
    return users.map((u) => u.id);
  }
  if (role === 'admin') return (await db.user.findMany({ where: { ...active, isAdmin: true }, select: { id: true } })).map((u) => u.id);
  if (role === 'group_leader') {
    const leaders = await db.collective.findMany({ where: { schoolId, leaderStaffId: { not: null } }, select: { leaderStaffId: true } });
    return (await db.user.findMany({ where: { ...active, staffId: { in: leaders.map((l) => l.leaderStaffId!) } }, select: { id: true } })).map((u) => u.id);
  }
  return (await db.user.findMany({ where: { ...active, staffId: { not: null } }, select: { id: true } })).map((u) => u.id);
}
