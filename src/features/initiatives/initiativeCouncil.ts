// The initiative council (Hội đồng sáng kiến) on a date: its members with their collective (for conflict flags).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { councilMembersOn } from '../council/councilMembersOn.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface InitiativeCouncilMember {
  staffId: string;
  fullName: string;
  position: string;
  collectiveId: string | null;
}

/** The members of the initiative council on `date` (a Vietnam calendar day at UTC midnight). */
export async function initiativeCouncilOn(db: Db, schoolId: string, date: Date): Promise<InitiativeCouncilMember[]> {
  const members = await councilMembersOn(db, schoolId, date, 'initiative');
  const staff = await db.staff.findMany({ where: { schoolId, id: { in: members.map((m) => m.staffId) } }, select: { id: true, collectiveId: true } });
  const seen = new Set<string>();
  return members
    .filter((m) => !seen.has(m.staffId) && seen.add(m.staffId))
    .map((m) => ({
      staffId: m.staffId,
      fullName: m.fullName,
      position: m.position,
      collectiveId: staff.find((s) => s.id === m.staffId)?.collectiveId ?? null,
    }));
}
