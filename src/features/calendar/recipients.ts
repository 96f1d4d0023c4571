// Who holds a role in a school year: the accounts a milestone's reminders go to.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { COUNCIL_ROLES, type CouncilRoleName } from '../../domain/permissions.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** Active account ids holding `role` in the school year (council roles by decision; others by their definition). */
export async function usersWithRole(db: Db, schoolId: string, schoolYearId: string, role: string): Promise<string[]> {
  const active = { schoolId, disabled: false };
  if ((COUNCIL_ROLES as readonly string[]).includes(role)) {
    const members = await db.councilMembership.findMany({
      where: { schoolId, role: role as CouncilRoleName, decision: { schoolYearId } },
      select: { staffId: true },
    });
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
