// The roll of a meeting: the members of the emulation council on the meeting date (councilMembersOn, the one query
// for dated council membership), one row per person with their highest role.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { councilMembersOn } from '../council/councilMembersOn.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface RollMember {
  staffId: string;
  fullName: string;
  role: string;
}

/** The council members (not the initiative council) on `date`, in role order, each person once. */
export async function councilRollOn(db: Db, schoolId: string, date: Date): Promise<RollMember[]> {
  const seen = new Set<string>();
  const out: RollMember[] = [];
  for (const m of await councilMembersOn(db, schoolId, date, 'council')) {
    if (seen.has(m.staffId)) continue; // already listed under a higher role
    seen.add(m.staffId);
    out.push({ staffId: m.staffId, fullName: m.fullName, role: m.role });
  }
  return out;
}
