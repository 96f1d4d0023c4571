// The roll of a meeting: the members of the emulation council on the meeting date (dated council membership).
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface RollMember {
  staffId: string;
  fullName: string;
  role: string;
}

/** The council members (not the initiative council) on `date`, one row per person with their highest role. */
export async function councilRollOn(db: Db, schoolId: string, date: Date): Promise<RollMember[]> {
  const rows = await db.councilMembership.findMany({
    where: { schoolId, role: { not: 'initiative_council' }, decision: { schoolYear: { startsOn: { lte: date }, endsOn: { gte: date } } } },
    select: { staffId: true, role: true, staff: { select: { fullName: true } } },
  });
  const order = ['chair', 'vice_chair', 'secretary', 'council_member'];
  const best = new Map<string, RollMember>();
  for (const r of rows) {
    const prev = best.get(r.staffId);
    if (!prev || order.indexOf(r.role) < order.indexOf(prev.role)) best.set(r.staffId, { staffId: r.staffId, fullName: r.staff.fullName, role: r.role });
  }
  return [...best.values()].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.fullName.localeCompare(b.fullName, 'vi'));
}
