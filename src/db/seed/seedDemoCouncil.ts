// The demo council: formed by a decision at the start of the first school year, re-stated every September, and
// changed once in the middle of last year (a member replaced until the next September's decision restores the
// council), so the council page shows terms with their periods while today's council stays demoCouncil.
import type { Prisma } from '../../generated/prisma/client.ts';
import { demoCouncil, demoCouncilChange, demoInitiativeChair, demoSchool } from '../../../prisma/seed/demoSchool.ts';
import { lockCouncil, writeCouncilDecision } from '../../features/council/saveCouncilDecision.ts';

type Year = { id: string; startYear: number; startsOn: Date; endsOn: Date };

/** Writes the council decisions of every demo year (the years in ascending order). */
export async function seedDemoCouncil(tx: Prisma.TransactionClient, schoolId: string, years: Year[], staffIds: Map<string, string>): Promise<void> {
  await lockCouncil(tx, schoolId);
  const seats = (council: typeof demoCouncil) => council.map(([code, role]) => ({ staffId: staffIds.get(code)!, role }));
  let n = 12;
  const number = () => `${String(n++).padStart(2, '0')}/QĐ-${demoSchool.documentPrefix}`;
  for (const [i, year] of years.entries()) {
    const initiativeChairId = staffIds.get(demoInitiativeChair)!;
    await writeCouncilDecision(tx, schoolId, year, {
      number: number(),
      signedOn: new Date(Date.UTC(year.startYear, 8, 15)),
      members: seats(demoCouncil),
      initiativeChairId,
    });
    if (i === years.length - 2) {
      // Mid-year change: signed on 10 January, effective 15 January.
      const changed = demoCouncil.map(([code, role]): (typeof demoCouncil)[number] => [
        code === demoCouncilChange.leaves ? demoCouncilChange.joins : code,
        role,
      ]);
      await writeCouncilDecision(tx, schoolId, year, {
        number: number(),
        signedOn: new Date(Date.UTC(year.startYear + 1, 0, 10)),
        effectiveOn: new Date(Date.UTC(year.startYear + 1, 0, 15)),
        members: seats(changed),
        initiativeChairId,
      });
    }
  }
}
